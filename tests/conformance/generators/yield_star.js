// yield* delegation: to generators, arrays, strings, and capturing the delegate's return value.
function* inner() {
  const got = yield 'inner-1';
  console.log('  inner got', got);
  yield 'inner-2';
  return 'inner-result';
}
function* outer() {
  yield 'outer-start';
  const r = yield* inner();
  console.log('  delegate returned', r);
  yield* [10, 20];
  yield* 'hi';
  yield* new Set(['s1', 's2']);
  return 'outer-done';
}
const g = outer();
let step = g.next();
while (!step.done) {
  console.log(step.value);
  step = g.next(`sent-for-${step.value}`);
}
console.log('final', step);
function* flatten(arr) {
  for (const x of arr) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
console.log([...flatten([1, [2, [3, [4]], 5], [[6]]])]);
