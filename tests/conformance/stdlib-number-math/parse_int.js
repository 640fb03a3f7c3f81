// parseInt: whitespace, signs, radix handling, hex prefix, stopping at invalid digits
var cases = ['  42', '08', '1e3', '-12px', '0x1F', '0X1f', '', '0x', 'abc', '-0', '+7', '3.99',
  '123456789012345678901234567890', '\n 9'];
console.log(cases.map(function (s) { return parseInt(s); }).join(' '));
console.log(parseInt('z', 36), parseInt('11', 2), parseInt('12', 1), parseInt('12', 37), parseInt('ff', 16), parseInt('0xff', 16), parseInt('0xff', 10));
console.log(parseInt(0.0000005), parseInt(null), parseInt('Infinity'), parseInt('12', 0), Object.is(parseInt('-0'), -0));
console.log(Number.parseInt === parseInt, parseInt.length, parseInt.name);
