// plain recursion returns correct values
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fact(5), fact(10), fact(20));
console.log(fib(10), fib(20));
var isEven = function (n) { return n === 0 ? true : isOdd(n - 1); };
var isOdd = function (n) { return n === 0 ? false : isEven(n - 1); };
console.log(isEven(10), isOdd(7), isEven(7));
