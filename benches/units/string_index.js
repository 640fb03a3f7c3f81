// string_index.js -- `s[k]` on a 26-character string (a one-character string result).
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  const s = 'abcdefghijklmnopqrstuvwxyz';
  const k = 7;
  for (let i = 0; i < N; i++) {
    s[k];
  }
}
run();
