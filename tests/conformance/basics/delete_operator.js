// delete removes own properties and returns true; deleting missing properties is also true
var o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o.b, 'b' in o);
console.log(delete o.zzz);
console.log(delete o['c'], o.c);
console.log(Object.keys(o).length, o.a);
o.b = 5;
console.log(Object.keys(o).join(','));
function P() {}
P.prototype.x = 1;
var p = new P();
console.log(delete p.x, p.x);
