// reading a property of null throws "Cannot read properties of null (reading 'y')"
var x = null;
try {
  x.y;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  x['key'];
} catch (e) {
  console.log(e.message);
}
