// %f is parseFloat(arg)
console.log('%f', '1.5abc');
console.log('%f', 3);
console.log('%f', -0);
console.log('%f', {});
console.log('%f', null);
console.log('%f', 'Infinity');
console.log('%f', '-.5e3x');
console.log('%f', '0x10');
console.log('%f', { valueOf() { return 7.5; } });
console.log('%f', { toString() { return '8.25'; } });
console.log('%f', [2.5, 3]);
