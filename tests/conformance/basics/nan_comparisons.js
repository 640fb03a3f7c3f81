// every relational/equality comparison with NaN is false except !=
var n = NaN;
console.log(n < 1, n > 1, n <= n, n >= n, n == n, n === n, n != n, n !== n);
console.log(1 < 'x', 1 > 'x', 'x' < 1, undefined < 1, undefined > 1);
console.log(null < 1, null >= 0, null == 0, null > -1);
console.log(0 / 0, 1 / 0, -1 / 0, Infinity - Infinity);
