// A generator calling its own next() while running throws TypeError; separate generator objects keep separate state.
function* selfRef() {
  try {
    gen.next();
  } catch (e) {
    console.log('re-entrant next:', e.name + ': ' + e.message);
  }
  yield 'ok';
}
const gen = selfRef();
console.log(gen.next());
function* counter(n) {
  n *= 2;
  yield n;
  n += 1;
  yield n;
}
const c1 = counter(5), c2 = counter(100);
console.log(c1.next().value, c2.next().value, c1.next().value, c2.next().value);
