// string_building.js -- string concatenation: builds a 200,000-character
// string with `+=`, one character at a time.
var alphabet = 'abcdefghijklmnopqrstuvwxyz';
var s = '';
for (var i = 0; i < 200000; i++) {
  s += alphabet[i % 26];
}
console.log('length=' + s.length + ' tail=' + s.slice(s.length - 5));
