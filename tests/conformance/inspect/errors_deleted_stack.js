// without a stack an error shows as [name: message]
const a = new Error('x');
delete a.stack;
console.log(a, [a]);
const b = new Error('m');
b.name = 'Custom';
delete b.stack;
console.log(b);
const c = new Error('multi\nline');
delete c.stack;
console.log(c, [c]);
const d = new Error('');
delete d.stack;
console.log(d);
const r = new RangeError('r');
delete r.stack;
r.extra = [1, 2];
console.log(r);
