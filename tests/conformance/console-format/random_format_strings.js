// random format strings with random arguments (a fixed seed)
let seed = 11;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; }
const pieces = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', '%x', 'text', ' ', '-', '%s%', '%%s', 'é', '%é'];
const vals = [0, -0, 1.5, -2.7, 'str', '12px', '', ' 3 ', null, undefined, true, {}, {a: 1}, [1, 2], [[1, [2, [3]]]], {a: {b: {c: {d: 1}}}}, new Map([[1, 2]]), new Set(['x']), NaN, Infinity, '0x1f', 'a%sb', {toString() { return 'TS'; }}, {valueOf() { return 42; }}, [5], new Number(7), new String('bx')];
for (let i = 0; i < 200; i++) {
  let f = '';
  const n = rnd(6);
  for (let j = 0; j < n; j++) f += pieces[rnd(pieces.length)];
  const args = [f];
  const m = rnd(5);
  for (let j = 0; j < m; j++) args.push(vals[rnd(vals.length)]);
  console.log(...args);
}
