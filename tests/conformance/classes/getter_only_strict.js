class Circle {
  constructor(r) {
    this.r = r;
  }
  get area() {
    return Math.round(Math.PI * this.r * this.r);
  }
  tryWrite() {
    this.area = 0;
  }
}
const c = new Circle(2);
console.log(c.area);
c.area = 10;
console.log('sloppy write ignored:', c.area);
try {
  c.tryWrite();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const frozen = Object.freeze({ v: 1 });
class Writer {
  write() {
    frozen.v = 2;
  }
  add() {
    Object.preventExtensions(this);
    this.z = 1;
  }
}
try {
  new Writer().write();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Writer().add();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
frozen.v = 3;
console.log(frozen.v);
