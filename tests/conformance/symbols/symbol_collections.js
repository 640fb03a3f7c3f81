// Symbols as tags with the `in` operator, as Map keys, and as Set members (equal descriptions stay distinct).
const kState = Symbol('state');
const kReset = Symbol('reset');
const kind = Symbol('kind');
const tagged = [{ [kind]: 'a', v: 1 }, { v: 2 }, { [kind]: 'b', v: 3 }];
console.log(tagged.filter((o) => kind in o).map((o) => o[kind] + o.v));
const registry = new Map([[kState, 'state'], [kReset, 'reset']]);
console.log(registry, registry.get(kReset));
const set = new Set([Symbol('dup'), Symbol('dup')]);
console.log(set.size, set);
