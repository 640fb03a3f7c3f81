// recursion to depth 5000 must not overflow the call stack
function sum(n) {
  if (n === 0) return 0;
  return n + sum(n - 1);
}
console.log(sum(5000));
var depth = 0;
function down(n) { depth++; if (n > 0) down(n - 1); }
down(5000);
console.log(depth);
const arrowSum = (n) => (n === 0 ? 0 : n + arrowSum(n - 1));
console.log(arrowSum(5000));
