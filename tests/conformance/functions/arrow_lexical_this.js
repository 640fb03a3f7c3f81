// arrow functions capture `this` from the enclosing function call, also when called later from a timer
var obj = {
  name: 'obj',
  arrowInside: function () {
    var f = () => this.name;
    return f();
  },
  nestedArrows: function () {
    return (() => (() => this.name)())();
  },
  delayed: function () {
    setTimeout(() => console.log('timer this:', this.name), 0);
  },
};
console.log(obj.arrowInside(), obj.nestedArrows());
obj.delayed();
var other = { name: 'other', m: obj.arrowInside };
console.log(other.m());
