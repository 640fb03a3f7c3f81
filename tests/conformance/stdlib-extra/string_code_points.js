const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const s = 'a😀b€';
t('codePointAt each', () => [0, 1, 2, 3, 4, 5].map((i) => s.codePointAt(i)));
t('default index', () => s.codePointAt());
t('out of range', () => [s.codePointAt(6), s.codePointAt(-1), ''.codePointAt(0)]);
t('coerced index', () => [s.codePointAt('1'), s.codePointAt(1.7), s.codePointAt(NaN), s.codePointAt(null), s.codePointAt(true)]);
t('astral', () => ['𝒳'.codePointAt(0), '𝒳'.codePointAt(1), '\u{10FFFF}'.codePointAt(0)]);
t('number this', () => String.prototype.codePointAt.call(123, 1));
t('null this', () => String.prototype.codePointAt.call(null, 0));
t('undefined this', () => String.prototype.codePointAt.call(undefined));
t('length', () => String.prototype.codePointAt.length);
t('fromCodePoint', () => String.fromCodePoint(72, 105, 0x1f600, 0x20ac, 0x10ffff));
t('fromCodePoint none', () => String.fromCodePoint());
t('fromCodePoint coerced', () => String.fromCodePoint(null, '65', true, '0x41'));
t('fromCodePoint -1', () => String.fromCodePoint(-1));
t('fromCodePoint 1.5', () => String.fromCodePoint(1.5));
t('fromCodePoint max+1', () => String.fromCodePoint(0x110000));
t('fromCodePoint NaN', () => String.fromCodePoint('abc'));
t('fromCodePoint undefined', () => String.fromCodePoint(undefined));
t('fromCodePoint Infinity', () => String.fromCodePoint(Infinity));
t('fromCodePoint 1e21', () => String.fromCodePoint(1e21));
t('fromCodePoint object', () => String.fromCodePoint({ valueOf() { return 0x263a; } }));
t('fromCodePoint length', () => String.fromCodePoint.length + ' ' + String.fromCodePoint.name);
t('round trip', () => [...'héllo 🌍!'].map((c) => c.codePointAt(0)).map((c) => String.fromCodePoint(c)).join(''));
t('vs fromCharCode', () => String.fromCodePoint(0x1f600) === String.fromCharCode(0xd83d, 0xde00));
t('length of astral', () => String.fromCodePoint(0x1f600, 0x1f601).length);
