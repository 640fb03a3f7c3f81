const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
t('parseFloat identity', () => Number.parseFloat === parseFloat);
t('parseInt identity', () => Number.parseInt === parseInt);
t('names', () => Number.parseFloat.name + ' ' + Number.parseInt.name + ' ' + Number.parseInt.length + ' ' + Number.parseFloat.length);
t('EPSILON', () => Number.EPSILON + ' ' + (Number.EPSILON === 2 ** -52) + ' ' + (1 + Number.EPSILON > 1) + ' ' + (1 + Number.EPSILON / 2 > 1));
t('safe ints', () => Number.MAX_SAFE_INTEGER + ' ' + Number.MIN_SAFE_INTEGER + ' ' + (Number.MAX_SAFE_INTEGER + 2));
t('MAX_VALUE', () => Number.MAX_VALUE + ' ' + (Number.MAX_VALUE * 2) + ' ' + Number.MAX_VALUE.toPrecision(3));
t('MIN_VALUE', () => Number.MIN_VALUE + ' ' + (Number.MIN_VALUE / 2) + ' ' + Number.MIN_VALUE.toExponential());
t('read only', () => { Number.EPSILON = 1; Number.MAX_SAFE_INTEGER = 2; return Number.EPSILON + ' ' + Number.MAX_SAFE_INTEGER; });
t('not enumerable', () => Object.keys(Number).length);
t('isSafeInteger', () => [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.MIN_SAFE_INTEGER, 1.5].map(Number.isSafeInteger).join());
t('parse via Number', () => [Number.parseFloat('3.14abc'), Number.parseInt('42px'), Number.parseInt('ff', 16), Number.parseFloat('.5e1'), Number.parseInt('  -0x1A')].join());
t('formatting statics', () => [Number.EPSILON.toExponential(3), Number.MAX_SAFE_INTEGER.toPrecision(3), Number.MIN_SAFE_INTEGER.toExponential(), Number.MAX_VALUE.toExponential(2)].join(' '));
