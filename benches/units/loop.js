// loop.js -- one empty `for` iteration with a `let` counter (test, body, increment).
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  for (let i = 0; i < N; i++) {}
}
run();
