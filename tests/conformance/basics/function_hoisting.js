// function declarations are hoisted with their body; function expressions are not
console.log(declared());
function declared() { return 'declared ok'; }
console.log(typeof expr);
try {
  expr();
} catch (e) {
  console.log(e.name, e.message);
}
var expr = function () { return 'expr'; };
console.log(expr());
function outer() {
  return inner();
  function inner() { return 'inner hoisted'; }
}
console.log(outer());
