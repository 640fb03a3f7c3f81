// console.log number formatting: -0, exponents, float noise, NaN, Infinity
console.log(-0);
console.log(0, 1.5, -2);
console.log(1e21);
console.log(0.1 + 0.2);
console.log(NaN, Infinity, -Infinity);
console.log(1e-7);
console.log(123456789012345680000);
console.log(1e20, 0.000001, 2 ** 53);
console.log([-0, 0, 1e21, 1e-7]);
