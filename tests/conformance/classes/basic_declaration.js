class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.hypot(this.x, this.y);
  }
}
const p = new Point(3, 4);
console.log(p);
console.log(p.norm(), typeof Point, Point.name, Point.length);
console.log(p instanceof Point, p.constructor === Point);
console.log(Object.keys(p), Object.keys(Point.prototype));
console.log(Object.getOwnPropertyNames(Point.prototype));
console.log(new Point(0, 0).norm === p.norm);
