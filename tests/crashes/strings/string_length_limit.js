// Building a string longer than V8's limit (2 ** 29 - 24 code units) once went on allocating
// (doubling a string 40 times exhausted memory). Every way of building one now throws a
// catchable RangeError before the long text is built (src/interp/strings.rs tests every
// operation at the limit, with a small one).
const attempt = (what, f) => {
  try {
    const r = f();
    console.log(what, 'gave', typeof r === 'string' ? r.length : r);
  } catch (e) {
    console.log(what, e.name, e.message);
  }
};
let big = 'x';
try {
  for (let i = 0; i < 40; i++) big += big;
} catch (e) {
  console.log('doubling', e.name, e.message, big.length);
}
// `big` is half the limit (2 ** 28 units): twice it is too long.
attempt('plus', () => big + big);
attempt('plus-equals', () => { const o = { s: big }; o.s += big; return o.s; });
attempt('template', () => `${big}-${big}`);
attempt('concat', () => ''.concat('a', big, big));
attempt('repeat', () => 'ab'.repeat(2 ** 28));
attempt('repeat huge', () => 'x'.repeat(2 ** 40));
attempt('padStart', () => 'x'.padStart(2 ** 29));
attempt('padEnd', () => 'x'.padEnd(2 ** 30, 'ab'));
attempt('replace', () => big.replace('x', big));
attempt('replaceAll $`', () => 'abcdefgh'.repeat(2 ** 20).replaceAll('a', '$`'));
attempt('replaceAll function', () => 'aa'.replaceAll('a', () => big));
