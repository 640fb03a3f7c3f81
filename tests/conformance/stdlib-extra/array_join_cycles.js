const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('nested', () => [1, [2, [3, 4]], 5].join('-'));
t('nested toString', () => String([1, [2, [3, [4, []]]]]));
t('null/undefined', () => [null, undefined, 1, [null, [undefined]]].join());
t('self', () => { const a = [1, 2]; a.push(a); return a.join(); });
t('self string', () => { const a = [1, 2]; a.push(a); return String([a, 3]); });
t('mutual', () => { const a = [1]; const b = [2, a]; a.push(b); return a.join('|') + ' / ' + b.join('|'); });
t('self sep', () => { const a = ['x']; a.push(a, a); return a.join('+'); });
t('after cycle', () => { const a = [1]; a.push(a); a.join(); return [a, a].join(';'); });
t('template', () => { const a = [1]; a.push(a); return `${a}`; });
t('concat', () => { const a = [1]; a.push(a); return 'v' + a; });
t('array-like', () => Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '-'));
t('string this', () => Array.prototype.join.call('abc', '.'));
t('sep coercion', () => [1, 2].join(0) + [1, 2].join(null) + [1, 2].join(undefined));
t('throwing element', () => [1, { toString() { throw new Error('inner'); } }].join());
t('after throw', () => { const a = [1]; a.push(a); try { [a, { toString() { throw 1; } }].join(); } catch (e) {} return a.join(); });
t('holes', () => [, 1, , 2, ,].join('.'));
t('lastIndexOf', () => [1, 2, 1, NaN].lastIndexOf(1) + ',' + [1, 2, 1].lastIndexOf(1, -2) + ',' + [NaN].lastIndexOf(NaN) + ',' + [1, , 3].lastIndexOf(undefined) + ',' + [1, 2].lastIndexOf(2, -5));
