// writes to a frozen array are ignored, a non-extensible array does not grow, delete fails
var a = Object.freeze([1, 2, 3]);
a[0] = 9;
a[5] = 1;
a.length = 0;
console.log(a.join(','), a.length, delete a[0], Object.isFrozen(a));
var b = Object.preventExtensions([1, 2]);
b[0] = 7;
b[2] = 3;
b[b.length] = 4;
console.log(b.join(','), b.length);
var c = [1, 2];
c[c.length] = 3;
c[4] = 5;
console.log(c.length, c.join('-'));
