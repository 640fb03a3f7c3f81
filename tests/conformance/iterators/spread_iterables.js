// Spread of iterables into arrays and calls, mixed with holes, strings, Sets, Maps and generators.
const set = new Set([1, 2, 2, 3]);
const map = new Map([['a', 1], ['b', 2]]);
function* g() { yield 'g1'; yield 'g2'; }
const combined = [0, ...set, ...'xy', ...map, ...g(), ...[, 'after-hole']];
console.log(combined, combined.length);
console.log(Math.max(...set, ...[10, 4]));
function f(a, b, ...rest) { return `a=${a} b=${b} rest=${rest.length}`; }
console.log(f(...'hello'), f(...new Set()), f(...map.keys()));
const unique = [...new Set('mississippi')].join('');
console.log(unique);
const copy = [...map].map(([k, v]) => `${k}${v}`);
console.log(copy);
try {
  const obj = { a: 1 };
  console.log([...obj]);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const num = 123;
  f(...num);
} catch (e) {
  console.log('spreading a number into a call throws', e.name);
}
console.log({ ...'ab', ...[9] }, { ...set }, { ...null });
