// return() and throw() on generators in every state, finally blocks, and "already running".
function* g() {
  try {
    const a = yield 1;
    console.log('a =', a);
    yield 2;
  } catch (e) {
    console.log('caught inside', e);
    yield 'recovered';
  } finally {
    console.log('finally runs');
  }
  return 'done';
}
let it = g();
console.log(it.return('early'), it.next());
it = g();
try { it.throw(new Error('before start')); } catch (e) { console.log('thrown out:', e.message); }
console.log(it.next());
it = g();
console.log(it.next(), it.next('x'), it.throw('boom'), it.next(), it.next());
it = g();
it.next();
console.log(it.return(7), it.next());
function* finallyYields() { try { yield 1; } finally { yield 'cleanup'; console.log('after cleanup'); } }
it = finallyYields();
console.log(it.next(), it.return('r'), it.next(), it.next());
function* selfRef() { try { me.next(); } catch (e) { console.log(e.name + ': ' + e.message); } yield 1; }
const me = selfRef();
console.log(me.next());
const gen = g();
console.log(gen[Symbol.iterator]() === gen, typeof gen.next, Object.prototype.toString.call(gen));
function* withArgs(a, b = a * 2, ...rest) { yield [a, b, rest]; yield this === undefined ? 'undef' : typeof this; }
console.log([...withArgs(1)], [...withArgs(1, 5, 6, 7)]);
try { new g(); } catch (e) { console.log(e.name + ': ' + e.message); }
function* bad(x = missing) {}
try { bad(); } catch (e) { console.log('eager params:', e.name + ': ' + e.message); }
