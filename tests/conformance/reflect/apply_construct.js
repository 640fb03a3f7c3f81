// Reflect.apply and Reflect.construct: this-binding, argument lists, newTarget.
function sum(a, b, c) {
  return [this === undefined ? 'undefined' : typeof this, a + b + (c || 0)];
}
console.log(Reflect.apply(sum, { x: 1 }, [1, 2, 3]));
console.log(Reflect.apply(Math.max, undefined, [4, 9, 2]));
console.log(Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
// An array-like object is an argument list too.
console.log(Reflect.apply(Math.min, null, { length: 3, 0: 7, 1: 3, 2: 5 }));
console.log(Reflect.apply((...xs) => xs.length, null, { length: 2 }));

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
const p = Reflect.construct(Point, [1, 2]);
console.log(p, p instanceof Point);

// newTarget decides the prototype.
function Base() {
  this.nt = this instanceof Other ? 'Other' : 'Base';
}
function Other() {}
Other.prototype.hello = function () { return 'hi from Other.prototype'; };
const o = Reflect.construct(Base, [], Other);
console.log(o.nt, Object.getPrototypeOf(o) === Other.prototype, o.hello());
const q = Reflect.construct(Point3, [1, 2, 3], Point);
console.log(q, Object.getPrototypeOf(q) === Point.prototype);

// Built-in constructors honour newTarget as well.
class MyArray extends Array {}
const arr = Reflect.construct(Array, [3], MyArray);
console.log(arr.length, arr instanceof MyArray, Array.isArray(arr));
const err = Reflect.construct(Error, ['boom'], TypeError);
console.log(err instanceof TypeError, err.message);
const m = Reflect.construct(Map, [[['k', 'v']]]);
console.log(m.get('k'));

// A newTarget whose prototype is not an object falls back to the target's realm default.
function NoProto() {}
NoProto.prototype = 42;
const np = Reflect.construct(function () { this.ok = true; }, [], NoProto);
console.log(Object.getPrototypeOf(np) === Object.prototype, np.ok);

// Returning an object from the constructor wins.
console.log(Reflect.construct(function () { return { replaced: true }; }, []));
