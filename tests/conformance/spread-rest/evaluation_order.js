// spread operands are evaluated left to right, once each
const log = [];
const t = (tag, v) => { log.push(tag); return v; };
function f(...a) { return a.length; }
console.log(f(t('a', 1), ...t('b', [2, 3]), t('c', 4)), log.join(''));
log.length = 0;
const arr = [...t('x', [1]), t('y', 2), ...t('z', 'ab')];
console.log(arr, log.join(''));
log.length = 0;
const obj = { a: t('1', 1), ...t('2', { a: 2, b: 2 }), b: t('3', 3) };
console.log(obj, log.join(''));
