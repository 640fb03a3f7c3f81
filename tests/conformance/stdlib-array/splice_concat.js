// splice (remove, insert, negative start, no args) and concat (flattens one level of arrays)
var a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a);
console.log(a.splice(-1, 1, 'x', 'y'), a);
console.log(a.splice(1, 0, 'z'), a);
console.log(a.splice(), a);
console.log(a.splice(2), a);
var b = [1, 2];
console.log(b.concat(3, [4, [5]], 'six'), b);
console.log([].concat([1, , 3]).length);
