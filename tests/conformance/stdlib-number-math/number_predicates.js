// Number.isInteger, isFinite, isSafeInteger, isNaN: no coercion, unlike the globals
var vals = [5, 5.5, -0, NaN, Infinity, '5', null, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  console.log(String(v), Number.isInteger(v), Number.isFinite(v), Number.isSafeInteger(v), Number.isNaN(v), isFinite(v));
}
