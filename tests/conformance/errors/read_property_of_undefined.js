// reading a property of undefined throws "Cannot read properties of undefined (reading 'y')"
var x;
try {
  console.log(x.y);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
var o = {};
try {
  o.a.b;
} catch (e) {
  console.log(e.message);
}
try {
  o.missing[0];
} catch (e) {
  console.log(e.message);
}
