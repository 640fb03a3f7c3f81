// Destructuring closes iterators it does not exhaust; rest elements exhaust them instead.
function tracked(label, values) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      console.log(`  ${label}.next #${i + 1}`);
      return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
    },
    return() {
      console.log(`  ${label}.return()`);
      return { done: true };
    },
  };
}
const [a] = tracked('one', [1, 2, 3]);
console.log('a =', a);
const [b, c, d] = tracked('exact', [1, 2, 3]);
console.log('b c d =', b, c, d);
const [e, f, g] = tracked('short', [1]);
console.log('e f g =', e, f, g);
const [h, ...rest] = tracked('rest', [1, 2, 3]);
console.log('h rest =', h, rest);
const [, , skip] = tracked('holes', [1, 2, 3, 4]);
console.log('skip =', skip);
const [] = tracked('empty-pattern', [1]);
let x, y;
[x, y = 'dflt'] = tracked('assign', ['X']);
console.log('x y =', x, y);
