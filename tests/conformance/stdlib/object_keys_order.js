// Object.keys: integer-like keys first in ascending order, then string keys in insertion order
var o = { b: 1, 2: 'two', a: 2, 1: 'one', '10': 'ten', '-1': 'neg', '01': 'lead' };
console.log(Object.keys(o).join(','));
o.c = 3;
o[5] = 'five';
delete o.b;
o.b = 'again';
console.log(Object.keys(o).join(','));
console.log(Object.keys([7, 8, 9]).join(','), Object.keys({}).length);
