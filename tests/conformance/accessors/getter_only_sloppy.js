const o = {
  get x() {
    return 1;
  },
};
o.x = 5;
console.log(o.x);
const child = Object.create(o);
child.x = 9;
console.log(child.x, Object.keys(child));
const s = {
  set y(v) {
    this._y = v;
  },
};
s.y = 3;
console.log(s.y, s._y);
