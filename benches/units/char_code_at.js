// char_code_at.js -- `s.charCodeAt(k)` on a 26-character string (a method call on a primitive).
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  const s = 'abcdefghijklmnopqrstuvwxyz';
  const k = 7;
  for (let i = 0; i < N; i++) {
    s.charCodeAt(k);
  }
}
run();
