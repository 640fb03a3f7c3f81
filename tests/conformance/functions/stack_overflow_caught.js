// unbounded recursion throws a catchable RangeError and execution continues normally
function foo() { foo(); }
try {
  foo();
} catch (e) {
  console.log(e instanceof RangeError);
  console.log(e.name);
  console.log(e.message);
}
console.log('still running');
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
