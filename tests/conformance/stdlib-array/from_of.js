// Array.from (array-likes, strings by code point, mapping) and Array.of
console.log(Array.from({ length: 3 }), Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(Array.from('héllo'), Array.from('a\uD83D\uDE00b').length);
console.log(Array.from([1, 2, 3], function (x, i) { return x * 10 + i; }));
console.log(Array.from([1, , 3]));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of().length);
try { Array.from(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.isArray(Array.from('ab')));
