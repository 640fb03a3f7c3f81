// Growing an array past 2 ** 32 - 1 elements is node's RangeError; the element push wrote
// first stays, as an ordinary property (4294967295 is not an array index).
const a = [];
a.length = 2 ** 32 - 1;
try {
  a.push('x');
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(a.length, Object.keys(a), a[4294967295]);
const b = [];
b.length = 2 ** 32 - 2;
try {
  b.push(1, 2, 3);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(b.length, Object.keys(b));
const c = [];
c.length = 2 ** 32 - 2;
console.log(c.push('fits'), c[4294967294]);
const d = [];
d[d.length = 2 ** 32 - 1] = 'past';
console.log(d.length, Object.keys(d));
