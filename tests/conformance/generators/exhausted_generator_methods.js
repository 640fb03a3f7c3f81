// next/return/throw on a finished generator, and on one that finished by throwing.
function* two() {
  yield 'a';
  yield 'b';
}
const g = two();
console.log([...g]);
console.log(g.next(), g.return('late return'), g.next());
try {
  g.throw(new Error('thrown into finished generator'));
} catch (e) {
  console.log('throw() rethrows:', e.message);
}
function* explodes() {
  yield 1;
  throw new TypeError('generator body failed');
}
const x = explodes();
console.log(x.next());
try { x.next(); } catch (e) { console.log('next() threw', e.name + ': ' + e.message); }
console.log('after failure:', x.next(), x.return(5));
function* catches() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('  absorbed', e); }
  }
}
const c = catches();
console.log(c.next().value, c.throw('first').value, c.throw('second').value, c.return('bye'), c.next());
