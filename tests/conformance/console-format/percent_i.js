// %i is parseInt(arg): truncates, reads a leading integer, -0 becomes 0
console.log('%i', 1.9);
console.log('%i', -1.9);
console.log('%i', '12px');
console.log('%i', '0x10');
console.log('%i', '');
console.log('%i', {});
console.log('%i', -0);
console.log('%i', null);
console.log('%i', 1e21);
console.log('%i', Infinity);
console.log('%i', { valueOf() { return 7.5; } });
console.log('%i', { toString() { return '99 bottles'; } });
console.log('%i:%i', '  -42.9', true);
