const show = (v) => Array.isArray(v)
  ? '[' + Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i]) : '<hole>')).join(', ') + ']'
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('basic', () => [1, 2, 3, 4, 5].copyWithin(0, 3));
t('with end', () => [1, 2, 3, 4, 5].copyWithin(0, 3, 4));
t('negative', () => [1, 2, 3, 4, 5].copyWithin(-2, -3, -1));
t('overlap forward', () => [1, 2, 3, 4, 5].copyWithin(1, 0));
t('overlap backward', () => [1, 2, 3, 4, 5].copyWithin(0, 1));
t('target past end', () => [1, 2, 3].copyWithin(5, 0));
t('empty range', () => [1, 2, 3].copyWithin(0, 2, 1));
t('no args', () => [1, 2, 3].copyWithin());
t('NaN', () => [1, 2, 3].copyWithin(NaN, 1));
t('strings', () => [1, 2, 3, 4].copyWithin('1', '2'));
t('holes', () => [1, , 3, , 5].copyWithin(0, 1));
t('returns same', () => { const a = [1, 2]; return a.copyWithin(0, 1) === a; });
t('frozen', () => Object.freeze([1, 2, 3]).copyWithin(0, 1));
t('frozen backward', () => Object.freeze([1, 2, 3]).copyWithin(1, 0));
t('frozen same', () => Object.freeze([1, 2, 3]).copyWithin(1, 1));
t('frozen nothing', () => Object.freeze([1, 2, 3]).copyWithin(0, 3));
t('frozen hole', () => Object.freeze([1, , 3]).copyWithin(0, 1));
t('frozen empty', () => Object.freeze([]).copyWithin(0, 1));
t('array-like', () => JSON.stringify(Array.prototype.copyWithin.call({ length: 3, 0: 'a', 2: 'c' }, 0, 1)));
t('null this', () => Array.prototype.copyWithin.call(null, 0, 0));
t('length', () => Array.prototype.copyWithin.length);
