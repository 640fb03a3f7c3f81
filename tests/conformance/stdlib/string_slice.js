// String.prototype.slice with positive, negative, out-of-range and reversed indexes
var s = 'abcdef';
console.log(s.slice(2), s.slice(1, 3), s.slice(-2), s.slice(-4, -1));
console.log('[' + s.slice(4, 2) + ']', s.slice(0, 100), '[' + s.slice(10) + ']', s.slice());
console.log(s.slice(-100, 2), s.slice(2, -2));
