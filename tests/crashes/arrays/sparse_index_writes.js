// An element written far past the end makes the array longer (ECMA-262 10.4.2.1) and is kept
// sparsely: `a[4294967294] = 1` allocates no holes.
const a = [];
a[5e6] = 1;
console.log(a.length, Object.keys(a), a[5e6]);
const b = [];
b[4294967294] = 1;
console.log(b.length, b);
console.log(Object.keys(b), b.lastIndexOf(1), b.includes(1), b.at(-1), b.slice(-2));
try {
  JSON.stringify(b);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(b.pop(), b.length);
const c = [];
c[4294967295] = 'not an index';
c[-1] = 'negative';
console.log(c.length, Object.keys(c));
const d = ['x'];
d[2000] = 'far';
for (let i = 1; i < 2000; i++) d[i] = i;
console.log(d.length, d[1999], d[2000], d.slice(1998));
