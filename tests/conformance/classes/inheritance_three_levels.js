class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return `${this.name} with area ${this.area().toFixed(2)}`;
  }
}
class Rectangle extends Shape {
  constructor(w, h) {
    super('rectangle');
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rectangle {
  constructor(side) {
    super(side, side);
    this.name = 'square';
  }
  describe() {
    return super.describe() + ' (a square)';
  }
}
const shapes = [new Shape('blob'), new Rectangle(2, 3), new Square(4)];
shapes.forEach((s) => console.log(s.describe()));
const sq = shapes[2];
console.log(sq instanceof Square, sq instanceof Rectangle, sq instanceof Shape, sq instanceof Object);
console.log(Object.getPrototypeOf(Square) === Rectangle, Object.getPrototypeOf(Rectangle) === Shape);
console.log(Object.getPrototypeOf(Square.prototype) === Rectangle.prototype);
console.log(sq);
console.log(Square, Rectangle, Shape);
