// `length`, `s[i]`, charCodeAt, codePointAt, at, slice and substring once rescanned the whole
// string on every call: these loops took minutes (the hang limit stopped them). Each call is
// now O(1): the UTF-16 length is cached, and a non-ASCII string indexes a UTF-16 copy.
const ascii = 'abcdefghij'.repeat(400000); // 4,000,000 code units
const wide = 'aé€😀'.repeat(200000); // 1,000,000 code units, one surrogate pair in five
let sum = 0;
for (let i = 0; i < ascii.length; i += 100) {
  sum += ascii.charCodeAt(i) + ascii[i + 1].length + ascii.codePointAt(i + 2);
}
for (let i = 0; i < wide.length; i += 40) {
  sum += wide.charCodeAt(i) + wide.codePointAt(i + 3) + wide[i + 2].charCodeAt(0);
  sum += wide.at(-i - 3).charCodeAt(0) + wide.slice(i, i + 5).length;
  sum += wide.substring(i + 1, i + 3).charCodeAt(1);
}
console.log(ascii.length, wide.length, sum);
// Appending in place keeps the caches in step with the text.
let grown = '';
let check = 0;
for (let i = 0; i < 10000; i++) {
  grown += i % 3 === 0 ? '😀' : i % 3 === 1 ? 'é' : 'x';
  check += grown.length + grown.charCodeAt(grown.length - 1) + grown.codePointAt(i % grown.length);
}
console.log(grown.length, check, grown.slice(-4), grown[grown.length - 4]);
