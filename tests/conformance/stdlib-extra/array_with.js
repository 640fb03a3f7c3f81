const show = (v) => Array.isArray(v)
  ? '[' + Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i]) : '<hole>')).join(', ') + ']'
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const a = [1, 2, 3];
t('basic', () => a.with(1, 'b'));
t('negative', () => a.with(-1, 'z'));
t('negative first', () => a.with(-3, 'a'));
t('out of range', () => a.with(10, 1));
t('out of range len', () => a.with(3, 1));
t('neg out of range', () => a.with(-4, 1));
t('fraction ok', () => a.with(1.5, 9));
t('fraction bad', () => a.with(10.5, 9));
t('neg fraction bad', () => a.with(-4.5, 9));
t('NaN', () => a.with(NaN, 9));
t('string index', () => a.with('2', 9));
t('string bad', () => a.with('7', 9));
t('word', () => a.with('x', 9));
t('Infinity', () => a.with(Infinity, 9));
t('-Infinity', () => a.with(-Infinity, 9));
t('big', () => a.with(3e21, 9));
t('neg zero', () => a.with(-0, 9));
t('empty', () => [].with(0, 1));
t('no args', () => a.with());
t('holes', () => [1, , 3].with(0, 0));
t('untouched', () => a);
t('frozen', () => Object.freeze([1, 2]).with(0, 5));
t('array-like', () => Array.prototype.with.call({ length: 2, 0: 'a' }, 1, 'b'));
t('null this', () => Array.prototype.with.call(null, 0, 0));
t('length', () => Array.prototype.with.length);
