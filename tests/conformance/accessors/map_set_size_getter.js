const m = new Map([['a', 1]]);
const s = new Set([1, 2, 3]);
console.log(m.size, s.size, 'size' in m, m.hasOwnProperty('size'));
m.set('b', 2);
s.delete(1);
console.log(m.size, s.size);
const d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);
console.log(Object.keys(m), Object.getOwnPropertyNames(m), JSON.stringify(m));
try {
  Map.prototype.size;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Set.prototype.size;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  d.get.call(s);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
m.size = 100;
console.log(m.size, m);
