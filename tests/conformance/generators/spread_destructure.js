// Spreading generators into arrays/calls and destructuring from them (with defaults, holes, rest).
function* letters() {
  console.log('  gen start');
  yield 'a';
  yield 'b';
  console.log('  gen after b');
  yield 'c';
  console.log('  gen end');
}
console.log([...letters()]);
console.log(Math.max(...(function* () { yield 3; yield 9; yield 4; })()));
const [x, y] = letters();
console.log('x,y =', x, y);
const [, , third, fourth = 'default'] = letters();
console.log('third, fourth =', third, fourth);
const [head, ...tail] = letters();
console.log(head, tail);
const { 0: first, length } = [...letters()];
console.log(first, length);
function takesArgs(...args) { return args.join('|'); }
console.log(takesArgs(...letters(), 'extra'));
const set = new Set(letters());
console.log(set, new Map([...letters()].map((v, i) => [v, i])));
