// mutual recursion without a base case also overflows with RangeError
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
try {
  ping(0);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var obj = { m() { return this.m(); } };
try {
  obj.m();
} catch (e) {
  console.log('method:', e instanceof RangeError);
}
