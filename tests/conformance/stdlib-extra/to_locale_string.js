// toLocaleString and friends in node's default locale (en-US), without locale arguments.
const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
const numbers = [1234567.891, 0.1 + 0.2, 1e21, 1.5e30, NaN, Infinity, -Infinity, -0, 0, 1.0005, 2.0005, 1.0025,
  0.0005, 0.0004999, -1234.5678, 999.9995, 999.9994, 12, 123456789012345680000, 5e-7, 2.5, 0.125, 0.1235,
  1.23456789e10, -0.0001, 100, 1000, 999999.9999, 0.9995, 5e-324, -5.5, 12345.6785, 1e6, 1234.5];
t('numbers', () => numbers.map((n) => n.toLocaleString()).join(' | '));
t('wrapper', () => new Number(98765.4321).toLocaleString());
t('bad this', () => Number.prototype.toLocaleString.call('x'));
t('length', () => Number.prototype.toLocaleString.length + ' ' + Array.prototype.toLocaleString.length);
t('money', () => [19.99, 1999.5, 1234567.125, 0.005].map((n) => '$' + n.toLocaleString()).join(' '));
t('array', () => [1234.5, 'a', null, undefined, [5000, 2], true, -0].toLocaleString());
t('array objects', () => [{ toLocaleString() { return 'L'; } }, { toString() { return 'S'; } }].toLocaleString());
t('array cycle', () => { const a = [1000]; a.push(a, 2000); return a.toLocaleString(); });
t('array holes', () => [1, , 3].toLocaleString());
t('array-like', () => Array.prototype.toLocaleString.call({ length: 2, 0: 1e4, 1: 'x' }));
t('array null this', () => Array.prototype.toLocaleString.call(null));
t('upper', () => ['abc'.toLocaleUpperCase(), 'straße'.toLocaleUpperCase(), 'éà'.toLocaleUpperCase()].join(' '));
t('lower', () => ['ABC'.toLocaleLowerCase(), 'ÉÀ'.toLocaleLowerCase(), 'İ'.toLocaleLowerCase().length].join(' '));
t('upper null', () => String.prototype.toLocaleUpperCase.call(null));
t('lower null', () => String.prototype.toLocaleLowerCase.call(undefined));
t('upper number this', () => String.prototype.toLocaleUpperCase.call(1e21));
