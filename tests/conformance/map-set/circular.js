// Maps and sets that contain themselves print as node's <ref *1> … [Circular *1]
const m = new Map();
m.set('self', m);
console.log(m);
const s = new Set();
s.add(s);
console.log(s);
const o = { name: 'o' };
const inner = new Map([['back', o]]);
o.inner = inner;
console.log(o);
const a = new Map();
const b = new Set([a]);
a.set('b', b);
console.log([a, b]);
console.log(m.get('self').get('self') === m, s.has(s));
