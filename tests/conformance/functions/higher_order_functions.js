// functions are values: passed as arguments, returned, stored in objects and arrays
function apply(fn, x) { return fn(x); }
function compose(f, g) { return function (x) { return f(g(x)); }; }
var double = (x) => x * 2;
var inc = function (x) { return x + 1; };
console.log(apply(double, 4), compose(double, inc)(3), compose(inc, double)(3));
var ops = [double, inc, (x) => x * x];
var v = 3;
for (var i = 0; i < ops.length; i++) v = ops[i](v);
console.log(v);
var table = { d: double };
console.log(table.d(21), table['d'](1));
