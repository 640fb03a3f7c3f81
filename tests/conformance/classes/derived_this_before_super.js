class A {
  constructor() {
    this.a = 1;
  }
}
class ThisFirst extends A {
  constructor() {
    this.b = 2;
    super();
  }
}
try {
  new ThisFirst();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class NoSuper extends A {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Twice extends A {
  constructor() {
    super();
    super();
  }
}
try {
  new Twice();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class ReturnsObject extends A {
  constructor() {
    return { replaced: true };
  }
}
console.log(new ReturnsObject());
class ReturnsPrimitive extends A {
  constructor() {
    super();
    return 42;
  }
}
try {
  new ReturnsPrimitive();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class SuperInArrow extends A {
  constructor() {
    const value = super().a;
    this.copy = value;
  }
}
console.log(new SuperInArrow());
