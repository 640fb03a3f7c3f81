// Number and Math helpers with exact printable results: parsing, rounding, formatting, edge values.
console.log(Number.parseFloat('3.14abc'), Number.parseInt('42px'), parseInt('ff', 16), parseInt('0x1A'), Number(''), Number(' 12 '), Number('12a'));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isFinite('5'), isFinite('5'), Number.isNaN('x'), isNaN('x'));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.sign(-3), Math.cbrt(27), Math.hypot(3, 4));
console.log((1234.5678).toFixed(2), (0.000001234).toPrecision(2), (123456).toExponential(2), (1e21).toString(), 1 / 3);
console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, Number.MIN_VALUE, -Number.MAX_VALUE);
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON);
console.log(5 / 0, -5 / 0, 0 / 0, -0, [-0], Object.is(-0, 0), 1 / -0);
console.log(7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, (-8) ** (1 / 3));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(...[1, 5, 3]), Math.floor(-0.5));
console.log((25).toString(2), (255).toString(36), Number('0b101'), Number('0o17'), 1e3, 1_000_000);
console.log(~~7.9, 7.9 | 0, -7.9 | 0, 1 << 31, 1 << 32, -1 >>> 28, 5 & 3, 5 | 3, 5 ^ 3);
