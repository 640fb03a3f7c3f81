// rethrowing from catch propagates the same object to the next handler
var original = new RangeError('orig');
function f() {
  try {
    throw original;
  } catch (e) {
    console.log('f caught', e.message);
    throw e;
  }
}
try {
  f();
} catch (e2) {
  console.log('same object:', e2 === original, e2.name);
}
