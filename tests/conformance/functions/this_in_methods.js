// `this` in a method call is the object before the dot (or bracket)
var counter = {
  n: 0,
  inc: function () { this.n++; return this; },
  show() { return 'n=' + this.n; },
};
counter.inc().inc();
console.log(counter.show(), counter['show']());
var other = { n: 42, show: counter.show };
console.log(other.show());
function whoAmI() { return this.name; }
var a = { name: 'a', who: whoAmI };
var b = { name: 'b', who: whoAmI };
console.log(a.who(), b.who());
