// Implicit string/number conversion of symbols throws TypeError; explicit String() is fine.
const s = Symbol('oops');
const attempts = [
  ['concat with +', () => s + ''],
  ['template literal', () => `${s}`],
  ['unary plus', () => +s],
  ['arithmetic', () => s * 2],
  ['new Symbol', () => new Symbol('x')],
  ['String()', () => String(s)],
  ['toString()', () => s.toString()],
  ['description', () => s.description],
  ['JSON.stringify', () => JSON.stringify({ s, v: 1, arr: [s] })],
  ['join', () => [1, s].join('-')],
  ['comparison', () => s < s],
];
for (const [label, fn] of attempts) {
  try {
    console.log(label.padEnd(16), 'ok  ', fn());
  } catch (e) {
    console.log(label.padEnd(16), 'fail', e.name + ': ' + e.message);
  }
}
