// one non-number among the entries makes every column left-aligned
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(30, (i) => (i % 3 === 0 ? 'str' + i : i % 3 === 1 ? i * 100 : null)));
console.log(range(30, (i) => (i % 2 ? 'a' : 1)));
console.log(range(16, (i) => (i % 2 ? true : undefined)));
console.log(range(7, (i) => (i === 3 ? undefined : i)));
console.log(range(7, (i) => (i === 3 ? null : i)));
console.log([1.5, -2.25, 3, 1e21, NaN, -0, Infinity, 8]);
console.log(range(26, (i) => -i));
console.log(range(10, (i) => i / 3));
console.log(range(9, (i) => (i % 3 ? { n: i } : i)));
