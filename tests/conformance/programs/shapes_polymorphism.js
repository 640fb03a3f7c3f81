// Shape class hierarchy with static registry, getters/setters, super calls and toString/toJSON.
class Shape {
  static count = 0;
  static registry = new Map();
  static register(cls) {
    Shape.registry.set(cls.name.toLowerCase(), cls);
  }
  static create(kind, ...args) {
    const Cls = Shape.registry.get(kind);
    if (!Cls) throw new TypeError(`unknown shape "${kind}"`);
    return new Cls(...args);
  }
  id = ++Shape.count;
  constructor(name) {
    this.name = name;
  }
  area() { return 0; }
  perimeter() { return 0; }
  describe() {
    return `#${this.id} ${this.name}: area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`;
  }
  toJSON() { return { kind: this.name, area: Math.round(this.area() * 100) / 100 }; }
}
class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}
class Square extends Rect {
  constructor(side) {
    super(side, side);
    this.name = 'square';
  }
  get side() { return this.w; }
  set side(v) {
    if (v <= 0) throw new RangeError('side must be positive');
    this.w = this.h = v;
  }
  describe() { return super.describe() + ` (side ${this.side})`; }
}
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() { return Math.PI * this.r ** 2; }
  perimeter() { return 2 * Math.PI * this.r; }
}
[Rect, Square, Circle].forEach((c) => Shape.register(c));

const shapes = [Shape.create('rect', 3, 4), Shape.create('square', 2), Shape.create('circle', 1), new Shape('blob')];
shapes.forEach((s) => console.log(s.describe()));
const sq = shapes[1];
sq.side = 5;
console.log(sq.describe(), sq instanceof Rect, sq instanceof Shape, sq.constructor.name);
try {
  sq.side = -1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Shape.create('hexagon');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(JSON.stringify(shapes));
const total = shapes.reduce((a, s) => a + s.area(), 0);
console.log('total area', total.toFixed(3), 'count', Shape.count, [...Shape.registry.keys()]);
const biggest = shapes.reduce((a, b) => (b.area() > a.area() ? b : a));
console.log('biggest is', biggest.name, Object.keys(biggest));
console.log(Object.getPrototypeOf(Square.prototype) === Rect.prototype, typeof Shape.create, Square.count);
