// reduce and reduceRight: with and without initial value, holes, index argument, empty array error
console.log([1, 2, 3, 4].reduce(function (a, b) { return a + b; }));
console.log([1, 2, 3].reduce(function (a, b) { return a + b; }, 10));
console.log(['a', 'b', 'c'].reduceRight(function (a, b) { return a + b; }));
console.log([, 5, , 6].reduce(function (a, b, i) { return a + ':' + b + '/' + i; }));
console.log([].reduce(function (a) { return a; }, 'init'));
try { [].reduce(function (a, b) { return a; }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [, ,].reduceRight(function (a, b) { return a; }); } catch (e) { console.log(e.message); }
