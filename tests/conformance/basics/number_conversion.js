// Number(x) edge cases: whitespace, empty, hex, exponent, null/undefined, arrays, junk suffix
console.log(Number(''), Number(' 12 '), Number('0x1f'), Number('1e3'));
console.log(Number(null), Number(undefined), Number([]), Number('12px'));
console.log(Number([7]), Number(['8']), Number([1, 2]), Number({}));
console.log(Number(true), Number(false), Number('-0'), Number('  '), Number('.5'));
console.log(Number('Infinity'), Number('-Infinity'), Number('infinity'), Number('1_000'));
console.log(Number('0b101'), Number('0o17'), Number('1.'), Number('+5'), Number('--5'));
console.log(Number(), Number('\n 3 \t'));
