// number to string conversion picks exponent notation at 1e21 and below 1e-6
console.log('' + 1e20, '' + 1e21, '' + 123456789012345680000, '' + 0.000001, '' + 0.0000001);
console.log('' + 1.0, '' + 1.10, '' + -1e-7, '' + 2e-7, '' + 1.5e300);
console.log('' + 0.1, '' + 100.0, '' + 4.35, '' + 5e-324);
console.log('' + 1e21 * 10, '' + -1e21, '' + 1234.5678, '' + 0.5e-6);
