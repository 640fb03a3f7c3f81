// the iteration methods work on array-like objects and strings through call
var like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
var map = Array.prototype.map, filter = Array.prototype.filter, reduce = Array.prototype.reduce;
console.log(map.call(like, function (x, i) { return x + i; }), filter.call('hello', function (c) { return c !== 'l'; }).join(''));
console.log(reduce.call(like, function (acc, x) { return acc + x; }, '>'), Array.prototype.includes.call(like, 'b'));
console.log(Array.prototype.indexOf.call([4, 5], 5), Array.prototype.at.call('xyz', -1), Array.prototype.find.call(like, function (x) { return x > 'a'; }));
console.log(Array.prototype.some.call({ length: 2, 1: 7 }, function (x) { return x === 7; }));
try { Array.prototype.map.call(null, function () {}); } catch (e) { console.log(e.name + ': ' + e.message); }
