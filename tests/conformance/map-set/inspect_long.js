// One-line versus multi-line output for long maps and sets (node's 80-column rule)
const m = new Map();
for (let i = 0; i < 6; i++) m.set('key' + i, 'value' + i);
console.log(m);
const s = new Set();
for (let i = 0; i < 30; i++) s.add(i);
console.log(s);
const words = new Set();
for (let i = 0; i < 12; i++) words.add('word' + i);
console.log(words);
const nested = new Map([['a', { x: { y: { z: 1 } } }], ['b', [1, [2, [3, [4]]]]]]);
console.log(nested);
for (let n = 3; n <= 7; n++) {
  const t = new Map();
  for (let i = 0; i < n; i++) t.set('k' + i, 'vvvvv' + i);
  console.log(t);
}
console.log({ list: new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']) });
