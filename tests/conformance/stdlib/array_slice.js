// Array.prototype.slice copies a range without modifying the original
var a = [0, 1, 2, 3, 4];
console.log(a.slice(1, 3).join(','), a.slice(-2).join(','), a.slice().join(','));
console.log(a.slice(3, 1).length, a.slice(2, -1).join(','), a.slice(10).length);
var copy = a.slice();
copy.push(5);
console.log(a.length, copy.length, copy === a);
