// uncaught stack overflow exits with status 1; earlier output kept, later statements never run
console.log('before');
function foo() {
  foo();
}
foo();
console.log('after');
