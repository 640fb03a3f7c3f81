const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('basic', () => (123.456).toPrecision(4));
t('no arg', () => (123.456).toPrecision());
t('undefined', () => (0.1).toPrecision(undefined));
t('pad', () => (1).toPrecision(5));
t('small fixed', () => (0.00001).toPrecision(1));
t('1e-6', () => (0.000001).toPrecision(2));
t('1e-7', () => (0.0000001).toPrecision(2));
t('exp big', () => (123456).toPrecision(2));
t('carry', () => (99.99).toPrecision(3));
t('carry exp', () => (9.99).toPrecision(1));
t('carry to exp', () => (999.9).toPrecision(3));
t('1e21', () => (1e21).toPrecision(3));
t('denormal', () => (5e-324).toPrecision(3));
t('max', () => Number.MAX_VALUE.toPrecision(5));
t('exact 0.1', () => (0.1).toPrecision(21));
t('2^53', () => (2 ** 53).toPrecision(100));
t('tie up', () => (1.25).toPrecision(2) + ' ' + (0.125).toPrecision(2) + ' ' + (2.5).toPrecision(1));
t('not tie', () => (1.005).toPrecision(3) + ' ' + (1.45).toPrecision(2) + ' ' + (8.345).toPrecision(3));
t('negative', () => (-1.5).toPrecision(1) + ' ' + (-0.00012345).toPrecision(2) + ' ' + (-123456789).toPrecision(3));
t('zero', () => (0).toPrecision(1) + ' ' + (0).toPrecision(4) + ' ' + (-0).toPrecision(3));
t('NaN', () => NaN.toPrecision(3) + ' ' + NaN.toPrecision(0));
t('Infinity', () => Infinity.toPrecision(200) + ' ' + (-Infinity).toPrecision(2));
t('range 0', () => (1).toPrecision(0));
t('range 101', () => (1).toPrecision(101));
t('range Infinity', () => (1).toPrecision(Infinity));
t('null', () => (1).toPrecision(null));
t('fraction arg', () => (1).toPrecision(2.9));
t('string arg', () => (3.14159).toPrecision('3'));
t('valueOf arg', () => (1).toPrecision({ valueOf() { console.log('valueOf'); return 2; } }));
t('wrapper', () => new Number(5).toPrecision(2));
t('bad this', () => Number.prototype.toPrecision.call('1', 2));
t('length', () => Number.prototype.toPrecision.length);
const values = [0.5, 1.5, 3.14159, 2 / 3, 1 / 7, 12345.6789, 1e-10, 6.02214076e23, 0.1 + 0.2, 1e15 + 0.3, 4.35, 0.000123456, 987654321.123];
for (const v of values) {
  const row = [];
  for (let p = 1; p <= 21; p += 2) row.push(v.toPrecision(p), (-v).toPrecision(p));
  console.log(v, row.join(' '));
}
