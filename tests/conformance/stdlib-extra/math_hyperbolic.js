// Inverse hyperbolics to the last bit, across magnitudes (V8 computes them fdlibm's way).
const show = (v) => (Object.is(v, -0) ? '-0' : String(v));
const values = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2, -2, 0.5, -0.5, 1e-10, 1e-300, 5e-324,
  2 ** -28, 2 ** -29, 2 ** 28, 2 ** 28 + 1, 2 ** 29, 1e10, 1e300, -1e300, 1.7976931348623157e308,
  1.0000001, 1.5, 2.0000001, 3.7, 100, 12345.678, 0.999999, -0.999999];
// (Larger sweeps meet values where Math.log itself is a bit off from V8's; see the report.)
for (let k = 1; k <= 20; k++) values.push(k * 0.0973, 1 + k / 64);
for (const f of ['asinh', 'acosh', 'atanh']) {
  console.log(f, Math[f].length, Math[f].name);
  for (let i = 0; i < values.length; i += 6) {
    console.log('  ' + values.slice(i, i + 6).map((v) => show(Math[f](v))).join(' '));
  }
}
console.log(Math.asinh('2'), Math.acosh(null), Math.atanh(), Math.asinh({ valueOf: () => -3 }));
console.log(Object.is(Math.asinh(-0), -0), Math.acosh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(2));
