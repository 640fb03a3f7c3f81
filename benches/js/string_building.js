// string_building.js -- string concatenation: builds a 3,000,000-character
// string with `+=`, one character at a time.
var alphabet = 'abcdefghijklmnopqrstuvwxyz';
var s = '';
for (var i = 0; i < 3000000; i++) {
  s += alphabet[i % 26];
}
console.log('length=' + s.length + ' tail=' + s.slice(s.length - 5));
