// toSorted: same ordering rules as sort, on a copy.
const show = (v) => Array.isArray(v)
  ? '[' + Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i]) : '<hole>')).join(', ') + ']'
  : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const a = [3, 1, 10, 2, 21];
t('default', () => a.toSorted());
t('original untouched', () => a);
t('numeric', () => a.toSorted((x, y) => x - y));
t('desc', () => a.toSorted((x, y) => y - x));
t('undefined last', () => [3, undefined, 1, null, 2].toSorted());
t('holes become undefined', () => [3, , 1, , 2].toSorted());
t('holes with cmp', () => [3, , 1].toSorted((x, y) => x - y));
t('strings utf16', () => ['b', 'a', 'B', 'é', 'z', '\u{1F600}', '\uFFFF'].toSorted());
t('mixed', () => [true, false, 'true', 1, '1', null, NaN].toSorted());
t('stable', () => [
  // 12 keys: long enough to need merging, not just insertion.
  { k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }, { k: 1, v: 'e' },
  { k: 0, v: 'f' }, { k: 1, v: 'g' }, { k: 0, v: 'h' }, { k: 1, v: 'i' }, { k: 0, v: 'j' },
  { k: 1, v: 'k' }, { k: 0, v: 'l' },
].toSorted((x, y) => x.k - y.k).map((o) => o.v).join(''));
t('cmp NaN', () => [3, 1, 2].toSorted(() => NaN));
t('cmp string result', () => [3, 1, 2].toSorted((x, y) => String(x - y)));
t('bad cmp number', () => [1].toSorted(3));
t('bad cmp null', () => [1].toSorted(null));
t('bad cmp object', () => [].toSorted({}));
t('null this', () => Array.prototype.toSorted.call(null));
t('undefined this', () => Array.prototype.toSorted.call(undefined));
t('string this', () => Array.prototype.toSorted.call('dcba'));
t('number this', () => Array.prototype.toSorted.call(5));
t('array-like', () => Array.prototype.toSorted.call({ length: 3, 0: 'c', 1: 'a' }));
t('too long', () => Array.prototype.toSorted.call({ length: 2 ** 32 }));
t('frozen ok', () => Object.freeze([2, 1]).toSorted());
t('throws', () => [1, 2, 3].toSorted(() => { throw new Error('boom'); }));
t('is new', () => { const b = [1]; return b.toSorted() !== b; });
t('length', () => Array.prototype.toSorted.length);
t('name', () => Array.prototype.toSorted.name);
let calls = 0;
[5, 4, 3, 2, 1].toSorted((x, y) => { calls++; return x - y; });
console.log('called', calls > 0);
