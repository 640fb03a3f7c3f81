const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('no arg', () => (123.456).toExponential());
t('small', () => (0.000001234).toExponential());
t('tiny', () => (1e-7).toExponential());
t('fixed digits', () => (123456).toExponential(2));
t('zero digits', () => (2.5).toExponential(0) + ' ' + (3.5).toExponential(0) + ' ' + (9.5).toExponential(0));
t('tie', () => (1.25).toExponential(1) + ' ' + (1.35).toExponential(1) + ' ' + (0.125).toExponential(1));
t('carry', () => (9.99).toExponential(1) + ' ' + (99999).toExponential(2));
t('negative', () => (-1.5e300).toExponential(3) + ' ' + (-0.001).toExponential());
t('zero', () => (0).toExponential() + ' ' + (0).toExponential(2) + ' ' + (-0).toExponential(2));
t('max', () => Number.MAX_VALUE.toExponential(20) + ' ' + Number.MAX_VALUE.toExponential());
t('min', () => Number.MIN_VALUE.toExponential() + ' ' + Number.MIN_VALUE.toExponential(5));
t('long', () => (0.1).toExponential(30));
t('100 digits', () => (1 / 3).toExponential(100));
t('integer', () => (5).toExponential() + ' ' + (1e21).toExponential() + ' ' + (123).toExponential(5));
t('NaN', () => NaN.toExponential(2));
t('Infinity', () => Infinity.toExponential(1000) + ' ' + (-Infinity).toExponential());
t('range -1', () => (1).toExponential(-1));
t('range 101', () => (1).toExponential(101));
t('NaN arg', () => (1.5).toExponential(NaN));
t('undefined arg', () => (1.5).toExponential(undefined));
t('null arg', () => (1.5).toExponential(null));
t('string arg', () => (1.5).toExponential('3'));
t('bad this', () => Number.prototype.toExponential.call({}, 2));
t('toFixed bad this', () => Number.prototype.toFixed.call('1', 2));
t('length', () => Number.prototype.toExponential.length);
const values = [0.5, 1.5, 3.14159, 2 / 3, 1 / 7, 12345.6789, 1e-10, 6.02214076e23, 0.1 + 0.2, 4.35, 0.000123456, 1e300 * 10];
for (const v of values) {
  const row = [v.toExponential()];
  for (let f = 0; f <= 20; f += 2) row.push(v.toExponential(f), (-v).toExponential(f));
  console.log(v, row.join(' '));
}
