// let/const are in a temporal dead zone until their declaration runs
try {
  console.log(x);
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
let x = 1;
console.log(x);
function readLater() { return c; }
try {
  readLater();
} catch (e) {
  console.log(e.name, e.message);
}
const c = 'now ok';
console.log(readLater());
try {
  typeof z;
  let z = 2;
} catch (e) {
  console.log('typeof in TDZ:', e.message);
}
