// fib.js -- function-call overhead: naive recursive Fibonacci.
// fib(34) makes ~18.5M calls; prints fib(34) = 5702887.
function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

console.log('fib(34) = ' + fib(34));
