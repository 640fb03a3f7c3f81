// parseFloat: longest decimal prefix, Infinity, exponents, signs
var cases = ['3.14abc', '.5e-3x', '-Infinityx', 'Infinity', 'e5', '  -0', '1e', '1.e2', '+.5', '-.e1', '5.', '0x10', '1e1000', '  \t12.5  '];
console.log(cases.map(function (s) { return parseFloat(s); }).join(' '));
console.log(Object.is(parseFloat('-0'), -0), parseFloat(' 7 apples'), Number.parseFloat === parseFloat);
