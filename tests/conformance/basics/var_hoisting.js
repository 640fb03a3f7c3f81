// var declarations are hoisted (initialized to undefined) to the function scope
console.log(v);
var v = 1;
console.log(v);
function f() {
  console.log(inner);
  if (false) { var inner = 'never'; }
  console.log(inner);
  for (var k = 0; k < 2; k++) {}
  console.log(k);
}
f();
console.log(typeof k);
