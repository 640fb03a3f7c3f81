// a?.b and a?.[k] on objects, null and undefined
const o = { a: { b: 1 }, list: [10, 20] };
let nothing = null, missing;
console.log(o?.a, o?.a?.b, nothing?.a, missing?.a);
console.log(o?.['a'], o.list?.[1], nothing?.[0], missing?.['x']);
console.log(o.zz?.b, o.a?.zz, typeof missing?.a);
