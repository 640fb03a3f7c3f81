const show = (v) => Array.isArray(v)
  ? '[' + Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i]) : '<hole>')).join(', ') + ']'
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const a = [1, 2, 3];
t('basic', () => a.toReversed());
t('untouched', () => a);
t('empty', () => [].toReversed());
t('one', () => ['x'].toReversed());
t('holes', () => [1, , 3].toReversed());
t('nested', () => [[1, 2], [3]].toReversed());
t('string this', () => Array.prototype.toReversed.call('abc'));
t('array-like', () => Array.prototype.toReversed.call({ length: 3, 0: 'a', 2: 'c' }));
t('bad length', () => Array.prototype.toReversed.call({ length: -5 }));
t('string length', () => Array.prototype.toReversed.call({ length: '2', 0: 'p', 1: 'q' }));
t('null this', () => Array.prototype.toReversed.call(null));
t('too long', () => Array.prototype.toReversed.call({ length: 2 ** 32 }));
t('frozen', () => Object.freeze([1, 2]).toReversed());
t('length', () => Array.prototype.toReversed.length);
t('twice', () => a.toReversed().toReversed().join());
