// find, findIndex, findLast, findLastIndex, some, every (holes are visited by the find family)
var a = [5, 12, 8, 130, 44];
console.log(a.find(function (x) { return x > 10; }), a.findIndex(function (x) { return x > 10; }));
console.log(a.findLast(function (x) { return x > 10; }), a.findLastIndex(function (x) { return x > 10; }));
console.log(a.find(function (x) { return x > 1000; }), a.findIndex(function (x) { return x > 1000; }));
var visited = 0;
[1, , 3].find(function () { visited++; return false; });
console.log(visited);
console.log([1, 2, 3].some(function (x) { return x > 2; }), [].some(function () { return true; }));
console.log([1, 2, 3].every(function (x) { return x > 0; }), [].every(function () { return false; }));
