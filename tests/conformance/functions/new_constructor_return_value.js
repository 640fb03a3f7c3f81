// a constructor returning an object replaces `this`; returning a primitive is ignored
function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
function ReturnsPrimitive() {
  this.a = 1;
  return 5;
}
function NoReturn() { this.a = 3; }
var r1 = new ReturnsObject();
var r2 = new ReturnsPrimitive();
console.log(r1.a, r1.b, r1 instanceof ReturnsObject);
console.log(r2.a, r2 instanceof ReturnsPrimitive);
console.log(new NoReturn().a, new NoReturn instanceof NoReturn);
