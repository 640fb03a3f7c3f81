// prefix ++/-- yields the new value, postfix yields the old (converted to number) value
var i = 5;
console.log(i++, i, ++i, i);
console.log(i--, i, --i, i);
var s = '5';
var old = s++;
console.log(old, typeof old, s);
var o = { c: 0 }, arr = [1];
o.c++; ++o.c; arr[0]--;
console.log(o.c, arr[0]);
var u;
u++;
console.log(u);
var b = true;
b++;
console.log(b);
