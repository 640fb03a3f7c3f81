// %s of a function prints its source text
console.log('%s', function foo(a, b) { return a + b; });
console.log('%s', () => 1);
console.log('%s', (x) => { return x * 2; });
function declared() {
  return 'multi-line';
}
console.log('[%s]', declared);
const m = { method() { return 1; } };
console.log('%s', m.method);
const g = function () {};
g.toString = () => 'custom function text';
console.log('%s', g);
