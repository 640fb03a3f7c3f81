const show = (v) => (Object.is(v, -0) ? '-0' : String(v));
const values = [0, -0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.999, -3.999, 255, 256, 65535, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5, 2 ** 53, -(2 ** 53), 1e21, 5e-324, NaN, Infinity, -Infinity, '12', '', ' 7 ', null, undefined, true, [], [3], {}];
for (const f of ['sign', 'trunc', 'fround', 'clz32', 'abs', 'floor', 'ceil', 'round']) {
  console.log(f, values.map((v) => show(Math[f](v))).join(' '));
}
const pairs = [[2, 3], [-1, 8], [0xffffffff, 5], [0x7fffffff, 2], [2 ** 32 + 3, 3], [1.9, 2.9], [-5, -5], [NaN, 2], [65536, 65536]];
console.log('imul', pairs.map(([a, b]) => show(Math.imul(a, b))).join(' '));
console.log('hypot', [Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(-3), Math.hypot(NaN, Infinity), Math.hypot(NaN, 1), show(Math.hypot(-0)), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot('3', '4')].join(' '));
console.log('fround', [0.1, 1 / 3, 16777217, 3.4028235677973366e38, 3.5e38, 1e-46, -1e-46].map((v) => show(Math.fround(v))).join(' '));
console.log('lengths', ['sign', 'trunc', 'fround', 'clz32', 'imul', 'hypot'].map((f) => Math[f].length).join(''));
