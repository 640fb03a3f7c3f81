// functions without a prototype, with props that break lines, named by their variable
const fnp = function q() {};
Object.setPrototypeOf(fnp, null);
console.log(fnp);
const anon = [function () {}][0];
Object.setPrototypeOf(anon, null);
console.log(anon);
console.log(Object.assign(() => {}, { x: { y: { z: { w: 1 } } } }));
console.log(Object.assign(function named() {}, { a: 1, b: 'x'.repeat(70) }));
const inferred = function () {};
const arrow = () => {};
console.log(inferred, arrow, { key: function () {} });
