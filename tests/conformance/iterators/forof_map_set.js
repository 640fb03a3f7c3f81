// for...of over Map and Set with destructuring, and keys()/values()/entries() iterators.
const m = new Map([['b', 2], ['a', 1]]);
m.set('c', 3).set('b', 20);
for (const [k, v] of m) console.log('entry', k, v);
for (const k of m.keys()) console.log('key', k);
for (const v of m.values()) console.log('value', v);
for (const e of m.entries()) console.log('entries()', e);
const s = new Set([3, 1, 3, 2, 1]);
for (const v of s) console.log('set value', v);
for (const [a, b] of s.entries()) console.log('set entry', a, b);
console.log([...s.keys()], [...s.values()]);
const keys = m.keys();
console.log(keys.next(), [...keys], keys.next());
const mutating = new Map([[1, 'one']]);
let n = 1;
for (const [k] of mutating) {
  console.log('visiting', k);
  if (n < 4) mutating.set(++n, 'more');
}
console.log(mutating.size);
const del = new Set(['x', 'y', 'z']);
for (const v of del) {
  console.log('set visit', v);
  if (v === 'x') del.delete('y');
}
m.forEach((v, k, map) => console.log('forEach', k, v, map === m));
