function Legacy(name) {
  this.name = name;
}
Legacy.prototype.hello = function () {
  return 'hello ' + this.name;
};
class Modern extends Legacy {
  constructor() {
    super('modern');
  }
}
console.log(new Modern().hello(), new Modern() instanceof Legacy);
const Serializable = (Base) =>
  class extends Base {
    serialize() {
      return JSON.stringify(this);
    }
  };
class Point {
  constructor() {
    this.x = 1;
    this.y = 2;
  }
}
class SPoint extends Serializable(Point) {}
console.log(new SPoint().serialize(), new SPoint());
const parents = { a: class A {}, b: class B {} };
class FromMember extends parents.b {}
console.log(Object.getPrototypeOf(FromMember).name);
try {
  class Bad extends 42 {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  class Bad2 extends undefined {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const notCtor = () => {};
  class Bad3 extends notCtor {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class NullProto extends null {}
console.log(Object.getPrototypeOf(NullProto.prototype));
try {
  new NullProto();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
