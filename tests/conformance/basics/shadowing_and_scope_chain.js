// name lookup walks the scope chain outward; inner declarations shadow outer ones
var x = 'global';
function a() {
  var x = 'a';
  function b() {
    console.log(x);
    var y = 'b';
    function c() {
      var x = 'c';
      console.log(x, y);
    }
    c();
  }
  b();
}
a();
console.log(x);
function assignsOuter() { x = 'changed'; }
assignsOuter();
console.log(x);
