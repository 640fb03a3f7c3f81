// cycles: the object gets <ref *N>, each way back [Circular *N], numbered in discovery order
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b' };
b.loop = { back: b };
console.log({ a, b });
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { name: 'x' };
const y = { name: 'y', x };
x.y = y;
console.log([x, y]);
const m = new Map();
m.set('me', m);
console.log(m);
const s = new Set();
s.add(s);
console.log(s);
function f() {}
f.self = f;
console.log(f);
