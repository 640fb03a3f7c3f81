// call.js -- a call `f(i)` of a one-argument function that returns it.
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function f(x) {
  return x;
}
function run() {
  for (let i = 0; i < N; i++) {
    f(i);
  }
}
run();
