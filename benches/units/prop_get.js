// prop_get.js -- a property read `o.y` on a three-property object literal.
// benches/callgrind.sh runs it with N and with 2N; the difference is N units.
const N = 100000;
function run() {
  const o = { x: 1, y: 2, z: 3 };
  for (let i = 0; i < N; i++) {
    o.y;
  }
}
run();
