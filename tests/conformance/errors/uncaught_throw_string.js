// throwing a non-Error value uncaught still exits with status 1
console.log('start');
function fail() {
  throw 'just a string';
}
fail();
console.log('never');
