// toFixed on boxed numbers, receivers of the wrong type, Math functions on coerced values
console.log(new Number(2.345).toFixed(2), (-1.5).toFixed(0), (1e-7).toFixed(10), (1234.5678).toFixed(1));
try { Number.prototype.toFixed.call('1', 2); } catch (e) { console.log(e.name); }
console.log(Math.cbrt('8'), Math.hypot('3', [4]), Math.clz32(null), Math.imul('2', '3.9'), Math.fround(undefined));
console.log(Math.sign(-3), Math.trunc(-4.7), Math.log2(0), Math.log10(-1), Math.atan2(0, -0));
