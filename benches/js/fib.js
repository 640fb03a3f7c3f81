// fib.js -- function-call overhead: naive recursive Fibonacci.
// fib(27) makes ~630k calls; prints fib(27) = 196418.
function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

console.log('fib(27) = ' + fib(27));
