// The comparator calls node makes for short arrays, and what inconsistent comparators give.
const traced = (method, input, cmp) => {
  const calls = [];
  const out = input[method]((a, b) => { calls.push(`${a}:${b}`); return cmp(a, b); });
  console.log(method, JSON.stringify(input), '->', out.join(), '|', calls.join(' '));
};
for (const method of ['sort', 'toSorted']) {
  traced(method, [5, 3, 8, 1, 9, 2, 7], (a, b) => a - b);
  traced(method, [9, 8, 7, 6, 5, 4, 3], (a, b) => a - b);
  traced(method, [1, 2, 3, 4, 5], (a, b) => a - b);
  traced(method, [1, 1, 1, 2, 2, 0], (a, b) => a - b);
  traced(method, [3, 1, 2], (a, b) => a > b);
  traced(method, [3, 1, 2, 5, 4, 0], (a, b) => a > b);
  traced(method, [1, 2, 3, 4, 5], (a, b) => b > a);
  traced(method, [5, 4, 3, 2, 1, 6, 7], () => -1);
  traced(method, [1, 2, 3, 4], () => 1);
  traced(method, [4, 2, 3, 1], () => 0);
  traced(method, [2, 10, 1, 20], (a, b) => String(a) < String(b) ? -1 : 1);
  traced(method, ['b', undefined, 'a', 'c'], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
const big = [];
for (let i = 0; i < 40; i++) big.push((i * 37) % 41);
let count = 0;
const sorted = big.toSorted((a, b) => { count++; return b - a; });
console.log(sorted.join(), count);
console.log(big.toSorted((a, b) => a > b).join());
