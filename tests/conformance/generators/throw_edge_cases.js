// Generator throw(): before start closes the generator, and an error thrown after the try/catch escapes to the caller.
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
try {
  it.throw(new Error('before start'));
} catch (e) {
  console.log('throw before start escapes:', e.message);
}
console.log(it.next());
it = g();
it.next();
it.next();
it.next();
try {
  it.throw(new TypeError('after catch block'));
} catch (e) {
  console.log('uncaught from generator:', e.name + ': ' + e.message);
}
console.log(it.next());
