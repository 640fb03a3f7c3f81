// Generator return() and throw(): mid-way with try/catch inside, return() mid-way and before start.
function* g() {
  try {
    const a = yield 1;
    console.log('  a =', a);
    yield 2;
  } catch (e) {
    console.log('  caught inside:', e.message);
    yield 'recovered';
  }
  yield 3;
}
let it = g();
console.log(it.next());
console.log(it.throw(new Error('boom')));
console.log(it.next());
console.log(it.next());
it = g();
console.log(it.next());
console.log(it.return('early'));
console.log(it.next());
it = g();
console.log('return before start:', it.return('unstarted'));
console.log(it.next());
