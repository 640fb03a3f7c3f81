// let/const are block scoped and shadow outer bindings; var ignores blocks
let a = 'outer';
var v = 'outer var';
{
  let a = 'inner';
  var v = 'inner var';
  const k = 1;
  console.log(a, k);
}
console.log(a, v, typeof k);
if (true) {
  let a = 'if';
  console.log(a);
}
for (let i = 0; i < 1; i++) {
  let a = 'for';
  console.log(a, i);
}
console.log(a, typeof i);
