// %d is Number(arg): strings are parsed, objects go through valueOf, -0 stays -0
console.log('%d', 42);
console.log('%d', '42');
console.log('%d', ' 12 ');
console.log('%d', '0x10');
console.log('%d', '');
console.log('%d', 'abc');
console.log('%d %d', 1.5, -0);
console.log('%d', {});
console.log('%d', [5]);
console.log('%d', [5, 6]);
console.log('%d', { valueOf() { return 7; } });
console.log('%d %d %d', null, undefined, true);
console.log('%d', Infinity, -Infinity);
console.log('%d', 1e21);
console.log('%d', new Number(-3));
