// integer-like keys print first in ascending order and are quoted
console.log({ b: 1, 2: 'two', a: 3, 1: 'one' });
console.log({ 10: 'x', 9: 'y', z: 0 });
console.log({ '-1': 'neg', '01': 'lead', 3: 'three' });
var o = { z: 1 };
o[0] = 'zero';
console.log(o);
