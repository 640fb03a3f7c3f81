// objects created with new F() are prefixed with the constructor name
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
function Empty() {}
console.log(new Point(1, 2));
console.log(new Empty());
console.log([new Empty()]);
console.log({ p: new Point(0, 0) });
