// forEach arguments, thisArg, and mutation during iteration (added entries are visited)
const m = new Map([['a', 1], ['b', 2]]);
m.forEach(function (value, key, map) {
  console.log(key, value, map === m, this.tag);
}, { tag: 'T' });
const seen = [];
m.forEach((v, k) => {
  seen.push(k);
  if (k === 'a') m.set('c', 3);
  if (k === 'b') m.delete('c');
});
console.log(seen, m);
const grow = new Map([[0, 0]]);
grow.forEach((v, k) => {
  if (k < 5) grow.set(k + 1, v + 1);
});
console.log(grow.size);
const s = new Set([1, 2, 3]);
const log = [];
s.forEach((v, k, set) => {
  log.push(v + ':' + k + ':' + (set === s));
  if (v === 1) {
    s.delete(2);
    s.add(4);
  }
});
console.log(log);
const d = new Set(['x']);
let n = 0;
d.forEach(v => {
  d.delete(v);
  if (n++ < 3) d.add(v);
});
console.log(n, d.size);
const c = new Map([[1, 1], [2, 2]]);
const cl = [];
c.forEach((v, k) => {
  cl.push(k);
  if (k === 1) {
    c.clear();
    c.set(9, 9);
  }
});
console.log(cl, c);
