// shift removes from the front, unshift inserts at the front and returns the new length
var a = [1, 2, 3];
console.log(a.shift(), a.join(','), a.length);
console.log(a.unshift(0), a.join(','));
console.log(a.unshift(-2, -1), a.join(','));
var e = [];
console.log(e.shift(), e.length);
