// Own property order: integer keys, then string keys by insertion, then symbols by insertion (Object.getOwnPropertyNames vs symbols).
const s1 = Symbol('first');
const s2 = Symbol('second');
const o = {};
o[s2] = 'S2';
o.b = 'B';
o[5] = 'five';
o[s1] = 'S1';
o.a = 'A';
o[1] = 'one';
console.log(o);
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertySymbols(o));
const merged = { ...o, [s2]: 'overwritten', c: 'C' };
console.log(merged);
console.log(Object.getOwnPropertySymbols(merged).map((s) => s.description));
const entries = Object.getOwnPropertySymbols(o).map((s) => [s.description, o[s]]);
console.log(Object.fromEntries(entries));
