// grouped arrays inside objects and arrays take the indentation into account
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log({ data: range(40, (i) => i * i), name: 'squares' });
console.log({ deep: { deeper: range(30, (i) => i * 11) } });
console.log([range(30, (i) => i)]);
console.log([range(8, (i) => 'w' + i), range(8, (i) => i)]);
console.log({ a: { b: range(12, (i) => 'k' + i) } });
console.log(range(8, (i) => ({ id: i })));
console.log(range(8, (i) => [i, i * 2]));
console.log(range(12, (i) => [i]));
