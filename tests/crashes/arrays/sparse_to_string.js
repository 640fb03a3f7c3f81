// Turning a huge sparse array into a string never builds the string of its holes: the length
// it would have is checked first (node's RangeError: Invalid string length).
const empty = [];
empty.length = 2 ** 30;
const one = [];
one.length = 2 ** 30;
one[5] = 'five';
for (const [name, f] of [
  ['join', () => empty.join()],
  ['String', () => String(empty)],
  ['toLocaleString', () => empty.toLocaleString()],
  ['JSON.stringify', () => JSON.stringify(one)],
  ['JSON.stringify indented', () => JSON.stringify([one], null, 2)],
]) {
  try {
    console.log(name, f().length);
  } catch (e) {
    console.log(name, `${e.name}: ${e.message}`);
  }
}
console.log(empty.join('').length);
const b = [];
b.length = 1000;
b[999] = 'x';
console.log(b.join('-').length, JSON.stringify(b).length, JSON.stringify(b, null, 1).length);
