// for...of over strings iterates code points (emoji stay whole), unlike index access.
const s = 'a😀b🇫🇷é';
const chars = [];
for (const ch of s) chars.push(ch);
console.log(chars.length, s.length);
console.log(chars);
for (const ch of 'h😀') console.log(ch, ch.length, ch.codePointAt(0), ch.charCodeAt(0));
console.log([...'héllo'].reverse().join(''));
console.log(Array.from('😀😀x').length, '😀😀x'.split('').length);
let count = 0;
for (const _ of '') count++;
console.log('empty string iterations:', count);
const it = 'ab'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
console.log(String.fromCodePoint(128512) === '😀', '😀'.codePointAt(1));
