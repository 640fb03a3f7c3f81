const show = (v) => Array.isArray(v)
  ? '[' + Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i]) : '<hole>')).join(', ') + ']'
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const a = [1, 2, 3, 4, 5];
t('no args', () => a.toSpliced());
t('start only', () => a.toSpliced(2));
t('delete 2', () => a.toSpliced(1, 2));
t('insert', () => a.toSpliced(1, 0, 'x', 'y'));
t('replace', () => a.toSpliced(1, 2, 'x'));
t('negative start', () => a.toSpliced(-2, 1));
t('start past end', () => a.toSpliced(10, 1, 'z'));
t('start before begin', () => a.toSpliced(-10, 2));
t('negative count', () => a.toSpliced(1, -3, 'n'));
t('huge count', () => a.toSpliced(1, Infinity));
t('NaN args', () => a.toSpliced(NaN, NaN, 'q'));
t('undefined count', () => a.toSpliced(1, undefined));
t('string args', () => a.toSpliced('1', '2'));
t('fraction', () => a.toSpliced(1.9, 1.9));
t('untouched', () => a);
t('holes', () => [1, , 3, , 5].toSpliced(0, 1));
t('array-like', () => Array.prototype.toSpliced.call({ length: 2, 0: 'a', 1: 'b' }, 1, 0, 'c'));
t('null this', () => Array.prototype.toSpliced.call(null));
t('too long', () => Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 }, 0, 0, 1));
t('length', () => Array.prototype.toSpliced.length);
