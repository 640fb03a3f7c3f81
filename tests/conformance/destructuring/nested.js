// patterns inside patterns
const { p: { q, r: [s, t] } } = { p: { q: 1, r: [2, 3] } };
console.log(q, s, t);
const [[a, b], { c }] = [[4, 5], { c: 6 }];
console.log(a, b, c);
const { list: [first, ...more] = [] } = { list: [7, 8, 9] };
console.log(first, more);
const { missing: [m1] = ['fallback'] } = {};
console.log(m1);
