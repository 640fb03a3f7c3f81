// string length and [i] indexing, including out of range and astral characters
var s = 'hello';
console.log(s.length, s[0], s[4], s[5], s['1']);
console.log(''.length, 'a b'.length);
console.log('😀'.length, 'a😀b'.length);
s[0] = 'J';
console.log(s);
