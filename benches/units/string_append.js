// string_append.js -- `t += 'x'` on a local string that grows to N characters.
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  let t = '';
  for (let i = 0; i < N; i++) {
    t += 'x';
  }
  return t.length;
}
run();
