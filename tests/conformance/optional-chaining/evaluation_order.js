// the object is evaluated once; keys and arguments only when not short-circuited
const log = [];
const t = (tag, v) => { log.push(tag); return v; };
t('obj', { m(x) { return x; } })?.m(t('arg', 1));
t('nul', null)?.m(t('arg2', 2));
t('o2', {})?.[t('key', 'k')];
t('u', undefined)?.[t('key2', 'k')];
console.log(log.join(' '));
let i = 0;
const counter = { get() { return ++i; } };
counter?.get(); counter.get?.(); counter?.['get']();
console.log(i);
