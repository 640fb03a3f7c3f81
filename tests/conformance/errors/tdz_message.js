// accessing let/const before initialization throws "Cannot access 'x' before initialization"
try {
  x = 5;
} catch (e) {
  console.log(e.name, '|', e.message);
}
let x;
try {
  console.log(k);
} catch (e) {
  console.log(e.message);
}
const k = 1;
