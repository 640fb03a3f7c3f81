const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
let deep = [];
for (let i = 0; i < 200; i++) deep = [i, deep];
t('deep', () => String(deep).length + ' ' + String(deep).slice(0, 30));
t('custom toString', () => [1, { toString() { return 'T'; } }, [2, { toString: () => 'U' }]].join('/'));
t('valueOf ignored', () => [{ valueOf() { return 5; }, toString() { return 's'; } }].join());
t('symbol', () => [Symbol('x')].join());
t('symbol nested', () => [[1, [Symbol('y')]]].join());
t('array with own join', () => { const a = [1, 2]; a.join = () => 'own'; return [a, 3].join(); });
t('array with own toString', () => { const a = [1, 2]; a.toString = () => 'own'; return [a, 3].join(); });
t('cycle through object', () => { const a = [1]; const o = { toString() { return 'o:' + a.join(); } }; a.push(o); return a.join(); });
t('cycle depth 3', () => { const a = [1], b = [2], c = [3]; a.push(b); b.push(c); c.push(a); return [a.join(), b.join(), c.join()]; });
t('self twice', () => { const a = []; a.push(a, a, 1); return a.join('-'); });
t('empty nested', () => [[], [[]], [[], []]].join('|'));
t('toString on array', () => [1, [2, 3]].toString());
t('String()', () => String([null, [undefined, [null]]]));
t('separators', () => [[1, 2], [3]].join(', ') + ' ' + [1, 2].join('') + ' ' + [1, 2].join(' and '));
t('template', () => `${[1, [2, 3]]}`);
t('plus', () => [1, 2] + [3]);
t('join not callable', () => { const a = [1, 2]; a.join = 3; return String(a); });
for (const v of [null, undefined, 5, 'ab', {}, { join() { return 'J'; } }, { join: 3 }, [1, 2]]) {
  t('toString.call', () => Array.prototype.toString.call(v));
}
