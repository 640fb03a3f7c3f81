// the catch parameter is scoped to the catch block and shadows outer names
var e = 'outer';
try {
  throw 'inner';
} catch (e) {
  console.log(e);
  e = 'reassigned';
}
console.log(e);
try {
  throw new Error('x');
} catch (err) {
  var declaredInCatch = 'visible';
}
console.log(declaredInCatch, typeof err);
