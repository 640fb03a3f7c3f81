// yield as an expression: precedence, yield inside templates/arguments/arrays, and yield yield.
function* g() {
  const a = yield 1 + 1;
  console.log('  a =', a);
  const b = (yield 'x') + (yield 'y');
  console.log('  b =', b);
  const arr = [yield 'first-el', yield 'second-el'];
  console.log('  arr =', arr);
  console.log(`  template ${yield 'in-template'}`);
  const c = yield yield 'inner';
  console.log('  c =', c);
  Math.max(yield 'arg1', yield 'arg2');
  return yield;
}
const it = g();
let r = it.next();
let i = 0;
while (!r.done) {
  console.log('yielded', r.value);
  r = it.next(`v${++i}`);
}
console.log('done with', r.value);
