// Symbol description edge cases and symbols in arrays, objects and nested structures printed by console.log.
const list = [Symbol('a'), Symbol(), Symbol.for('g'), Symbol('multi\nline'), Symbol("q'uote")];
for (const s of list) console.log(String(s), JSON.stringify(s.description));
console.log(list);
const nested = { level1: { [Symbol('deep')]: { inner: Symbol('value') } }, arr: [Symbol('in-array')] };
console.log(nested);
console.log(JSON.stringify(nested));
const map = new Map([[Symbol('mk'), Symbol('mv')]]);
console.log(map);
const o = { [Symbol('z')]: 1, b: 2, [Symbol('a')]: 3, a: 4 };
console.log(o, Object.getOwnPropertySymbols(o).length);
