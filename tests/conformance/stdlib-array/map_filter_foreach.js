// map, filter and forEach: callback arguments, thisArg, holes skipped, map keeps holes
var seen = [];
[10, 20, 30].forEach(function (x, i, arr) { seen.push(x + '@' + i + '/' + arr.length); });
console.log(seen.join(' '));
console.log([1, 2, 3].map(function (x) { return x * this.k; }, { k: 3 }).join(','));
console.log([1, , 3].map(function (x) { return x + 1; }));
console.log([1, 2, 3, 4, 5].filter(function (x) { return x % 2; }));
var calls = 0;
[, , 1].forEach(function () { calls++; });
console.log(calls);
var grow = [1, 2];
grow.forEach(function (x) { if (grow.length < 5) grow.push(x); });
console.log(grow.join(','));
