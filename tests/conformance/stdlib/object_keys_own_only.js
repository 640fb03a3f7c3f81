// Object.keys lists only own properties, not inherited ones
function F() { this.own = 1; }
F.prototype.inherited = 2;
var f = new F();
f.extra = 3;
console.log(Object.keys(f).join(','), f.inherited);
console.log(Object.keys('ab').join(','));
