// delete a?.b is true when the chain short-circuits
const o = { a: { b: 1, c: 2 } };
let u;
console.log(delete o?.a.b, o.a);
console.log(delete u?.a, delete u?.a.b.c, delete o.x?.y);
console.log(delete o?.a, o);
