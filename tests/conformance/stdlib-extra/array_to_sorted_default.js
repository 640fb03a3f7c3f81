// toSorted without a comparator: string order of UTF-16 code units, undefined last.
const show = (v) => Array.isArray(v) ? '[' + v.map(show).join(', ') + ']' : typeof v === 'string' ? JSON.stringify(v) : String(v);
const t = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('numbers as strings', () => [10, 9, 1, 100, -1, -10, 0, -0, 2.5, 1e21, 1e-7].toSorted());
t('specials', () => [NaN, Infinity, -Infinity, null, undefined, true, false, 'NaN', 'null'].toSorted());
t('undefined only', () => [undefined, undefined].toSorted());
t('holes only', () => [, , ,].toSorted());
t('empty', () => [].toSorted());
t('objects', () => [{ toString() { return 'b'; } }, { toString() { return 'a'; } }, 'ab'].toSorted().map(String));
t('arrays', () => [[2, 1], [1, 2], [1], [], [10]].toSorted().map((x) => x.join('-')));
t('unicode', () => ['\u{1F600}', '\uFFFF', 'z', 'Z', 'é', 'e', '\u00e9', 'e\u0301', ''].toSorted());
t('surrogate order', () => ['\u{10000}', '\uE000', '\uD7FF'].toSorted().map((s) => s.codePointAt(0).toString(16)));
t('symbol', () => [Symbol('a'), 'b'].toSorted());
t('throwing toString', () => [1, { toString() { throw new TypeError('no string'); } }].toSorted());
t('stable strings', () => ['b1', 'a1', 'b2', 'a2', 'b3', 'a3'].toSorted((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
const big = [];
for (let i = 0; i < 100; i++) big.push((i * 7919) % 101);
t('100 numbers default', () => big.toSorted().slice(0, 20));
t('100 numbers numeric', () => big.toSorted((a, b) => a - b).slice(0, 20));
t('100 stable', () => big.map((v, i) => ({ k: v % 5, i })).toSorted((x, y) => x.k - y.k).slice(0, 25).map((o) => o.i));
t('same as sort', () => big.toSorted().join() === big.slice().sort().join());
let conversions = 0;
const obj = (s) => ({ toString() { conversions++; return s; } });
const objs = ['m', 'c', 'x', 'a', 'q', 'b', 'z', 'k'].map(obj);
t('objects sorted', () => objs.toSorted().map(String).join(''));
console.log('toString calls', conversions);
conversions = 0;
objs.slice().sort();
console.log('toString calls (sort)', conversions);
t('lone symbol', () => [Symbol('only')].toSorted().length);
t('symbol with undefined', () => [undefined, Symbol('s')].toSorted().length);
