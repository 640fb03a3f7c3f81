// function* basics: next() results, return value, exhaustion, and lazy start.
function* gen() {
  console.log('  body started');
  yield 1;
  console.log('  after first yield');
  const x = yield 2;
  console.log('  x =', x);
  return 'ret';
}
const g = gen();
console.log('created, body not run yet');
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(typeof g, typeof g.next, typeof g[Symbol.iterator], g[Symbol.iterator]() === g);
console.log(Object.prototype.toString.call(g), String(gen.constructor.name));
function* empty() {}
console.log(empty().next(), [...empty()]);
