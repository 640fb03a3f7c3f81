// an error's own enumerable properties follow it in braces; name and message are left out
// when the stack already shows them
const e = new TypeError('bad');
e.stack = 'TypeError: bad';
e.code = 'E1';
console.log(e, { e });
const f = new Error('m6');
f.stack = 'Error: m6\n    at one\n    at two';
f.code = 'E1';
console.log(f);
console.log({ nested: f });
const g = new Error('m');
g.name = 'Custom';
g.stack = 'Error: m';
console.log(g);
const h = new Error('m');
h.name = 'Custom';
h.stack = 'Custom: m';
console.log(h);
const i = new Error('x');
i.stack = 'x\n    at y';
i.a = 1;
i.b = 'two';
console.log(i);
