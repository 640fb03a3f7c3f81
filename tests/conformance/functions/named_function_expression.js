// a named function expression can refer to itself by name; the name does not leak outside
var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(6));
console.log(typeof fact);
var g = f;
f = null;
console.log(g(4));
