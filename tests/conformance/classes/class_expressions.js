const Anon = class {};
const Named = class Inner {
  who() {
    return Inner.name;
  }
};
console.log(Anon.name, Named.name, new Named().who());
console.log(typeof Inner);
console.log(class {}, class Foo {});
const make = () => class {
  hi() {
    return 'hi';
  }
};
const C = make();
console.log(new C().hi(), C.name === '');
const list = [class A {}, class B {}].map((k) => k.name);
console.log(list);
