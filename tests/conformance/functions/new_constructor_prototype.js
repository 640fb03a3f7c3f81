// new creates an object linked to F.prototype and binds this; prototype methods are shared
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
Point.prototype.kind = 'point';
var p = new Point(1, 2);
var q = new Point(10, 20);
console.log(p.sum(), q.sum(), p.kind, q.kind);
console.log(p.sum === q.sum, p instanceof Point);
console.log(Point.prototype.constructor === Point, p.constructor === Point);
console.log(Object.keys(p).join(','));
p.kind = 'own';
console.log(p.kind, q.kind, Point.prototype.kind);
