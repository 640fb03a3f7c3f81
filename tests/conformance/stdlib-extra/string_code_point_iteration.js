// Walking a string by code points with codePointAt, and rebuilding it with fromCodePoint.
const s = 'Añ😀€𝄞z👍🏽!';
const points = [];
for (let i = 0; i < s.length; ) {
  const cp = s.codePointAt(i);
  points.push(cp.toString(16));
  i += cp > 0xffff ? 2 : 1;
}
console.log(points.join(' '));
console.log(String.fromCodePoint(...points.map((h) => parseInt(h, 16))) === s);
console.log([...s].map((c) => c.codePointAt(0)).join(','));
console.log(s.length, [...s].length);
const ranges = [0, 0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff];
for (const cp of ranges) {
  const str = String.fromCodePoint(cp);
  console.log(cp.toString(16), str.length, str.codePointAt(0).toString(16), str.charCodeAt(0).toString(16), str.codePointAt(1) === undefined ? '-' : str.codePointAt(1).toString(16));
}
console.log('abc'.split('').map((c, i) => 'abc'.codePointAt(i) - 96).join(''));
const caesar = (text, k) => String.fromCodePoint(...[...text].map((c) => {
  const cp = c.codePointAt(0);
  return cp >= 97 && cp <= 122 ? ((cp - 97 + k) % 26) + 97 : cp;
}));
console.log(caesar('hello, world', 3), caesar(caesar('hello, world', 3), 23));
