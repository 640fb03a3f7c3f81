// substring (swapping, clamping), at, concat
var s = 'abcdef';
console.log(s.substring(1, 3), s.substring(3, 1), s.substring(-2, 2), s.substring(4), s.substring(NaN, 2));
console.log(s.at(0), s.at(-1), s.at(10), s.at(-7));
console.log('a'.concat('b', 1, null, undefined, [2, 3]));
