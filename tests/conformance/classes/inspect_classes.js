class A {}
class B extends A {}
const Anon = [class {}][0];
console.log(A, B, Anon);
class WithStatic {
  static s = 1;
  static t = 'two';
}
console.log(WithStatic);
console.log([A, B], { cls: B });
console.log(new A(), new B());
class Pt {
  constructor() {
    this.x = 1;
    this.y = { deep: { deeper: { deepest: 1 } } };
  }
}
console.log(new Pt());
console.log([new Pt()]);
console.log({ nested: new B() });
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
const o = Object.create(null);
o.a = 1;
console.log(o, Object.create(null));
class FromExpr extends class Base {} {}
console.log(FromExpr);
class Q extends null {}
const anonBase = [class {}][0];
class FromAnon extends anonBase {}
console.log(Q, FromAnon);
class Statics {
  static get g() {
    return 1;
  }
  static set s(v) {}
  static m() {}
}
console.log(Statics, Object.getOwnPropertyNames(Statics));
console.log(Object.getOwnPropertyNames(class A { constructor(a, b) {} }));
