// push returns the new length, pop returns the removed element (undefined on empty)
var a = [1, 2];
console.log(a.push(3), a.length, a.push(4, 5), a.join(','));
console.log(a.pop(), a.length, a.join(','));
var e = [];
console.log(e.pop(), e.length);
a[10] = 'far';
console.log(a.length);
a.length = 2;
console.log(a.join(','), a.length);
