class A {}
class B extends A {}
class C {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof C, b instanceof Object);
console.log(Object.getPrototypeOf(b) === B.prototype);
console.log(Object.getPrototypeOf(B) === A, Object.getPrototypeOf(A) === Object.getPrototypeOf(function () {}));
console.log(typeof A.prototype.constructor);
console.log(B.prototype.constructor === B, b.constructor.name);
Object.setPrototypeOf(b, C.prototype);
console.log(b instanceof C, b instanceof A);
console.log(typeof B.call, typeof B.bind);
try {
  console.log(b instanceof b);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
