// closures capture variables, so later assignments are visible to them
var x = 1;
function getX() { return x; }
x = 2;
console.log(getX());
function make() {
  var v = 'first';
  var get = () => v;
  v = 'second';
  return get;
}
console.log(make()());
function pair() {
  var n = 0;
  return [() => ++n, () => n];
}
var p = pair();
p[0](); p[0]();
console.log(p[1]());
