// Destructuring and for-of take elements from a huge sparse array one at a time, as far as
// they go (holes read as undefined, or through the prototype), never all of them.
const b = [];
b.length = 2 ** 32 - 1;
b[1] = 'one';
const [x, y, z = 'default'] = b;
console.log(x, y, z);
let steps = 0;
for (const v of b) {
  if (++steps === 3) {
    console.log('third', v);
    break;
  }
}
const [first, ...rest] = [1, , 3];
console.log(first, rest);
Array.prototype[0] = 'inherited';
const [p] = [, 2];
const [q] = b;
console.log(p, q, [...[, 2]]);
delete Array.prototype[0];
const it = b.entries();
it.next();
console.log(it.next().value);
