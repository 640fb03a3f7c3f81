// %s prints strings as they are and numbers as inspect does (so -0 keeps its sign)
console.log('%s', 'str');
console.log('[%s]', 'a\nb');
console.log('%s', 42, 'extra');
console.log('%s|%s|%s', -0, 0, 1.5);
console.log('%s %s', 1e21, 1e-7);
console.log('%s', NaN, Infinity);
console.log('%s|%s', undefined, null);
console.log('%s %s', true, false);
console.log('%s', '');
