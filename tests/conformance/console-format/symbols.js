// symbols: %s and %o show them, the number specifiers give NaN, %j gives undefined
const s = Symbol('x');
console.log('%s|%d|%i|%f|%j|%o|%O', s, s, s, s, s, s, s);
console.log('%s', Symbol());
console.log('a', s, '%s');
console.log('%s %s', Symbol('desc with spaces'), 'after');
