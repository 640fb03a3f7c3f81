// reading an undeclared variable throws ReferenceError "x is not defined"
try {
  console.log(x);
} catch (e) {
  console.log(e.name, '|', e.message, '|', e instanceof ReferenceError);
}
try {
  undeclaredFn();
} catch (e) {
  console.log(e.message);
}
try {
  var y = 1 + missingVar;
} catch (e) {
  console.log(e.message);
}
