// errors whose stack was replaced, through %s, %o and %O
const e = new Error('boom');
e.stack = 'custom stack';
console.log('%s', e);
console.log('%O', e);
const t = new TypeError('bad');
t.stack = 'TypeError: bad';
t.code = 'E_BAD';
console.log('%s', t);
console.log('[%s]', e.message);
