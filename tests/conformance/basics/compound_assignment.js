// compound assignment operators compute and store, including on properties and with strings
var n = 10;
n += 5; console.log(n);
n -= 3; console.log(n);
n *= 2; console.log(n);
n /= 4; console.log(n);
n %= 4; console.log(n);
var s = 'a';
s += 1; s += 2; console.log(s);
var o = { v: 1 }, arr = [1, 2];
o.v += 10; arr[1] *= 21; o['v'] -= 1;
console.log(o.v, arr[1]);
var u;
u += 1; console.log(u);
var x = 2;
var y = (x += 3);
console.log(x, y);
