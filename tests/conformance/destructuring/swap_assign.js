// assignment patterns: swapping, members as targets, the value of the expression
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const o = {};
const arr = [];
({ x: o.x, y: arr[0] = 'dflt' } = { x: 'X' });
console.log(o, arr);
let p, rest;
({ p, ...rest } = { p: 1, q: 2 });
console.log(p, rest);
let first, tail;
[first, ...tail] = 'hey';
console.log(first, tail);
const result = ([a, b] = [5, 6]);
console.log(result, a, b);
let n;
for ([n] = [0]; n < 2; n++) console.log('n', n);
