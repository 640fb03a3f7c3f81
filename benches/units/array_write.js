// array_write.js -- an element write `a[k] = i` to an existing element of a 10-element array.
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const k = 7;
  for (let i = 0; i < N; i++) {
    a[k] = i;
  }
}
run();
