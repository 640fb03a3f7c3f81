// the additional Math functions
console.log(Math.cbrt(-27), Math.hypot(3, 4), Math.hypot(3, 4, 5), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(1, 2, 3));
console.log(Math.log2(8), Math.log10(1000), Math.log1p(1e-10), Math.expm1(1e-10));
console.log(Math.tan(1), Math.asin(1), Math.acos(0.5), Math.atan(1), Math.atan2(1, 1), Math.atan2(-0, -1));
console.log(Math.sinh(1), Math.cosh(1), Math.tanh(1), Math.asinh(1), Math.acosh(2), Math.atanh(0.5));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2));
console.log(Math.asinh(-0), Math.tanh(Infinity), Math.acosh(0.5), Math.atanh(1));
