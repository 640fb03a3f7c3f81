// Array.from with length objects and map functions, and Array.of vs the Array constructor.
console.log(Array.from({ length: 3 }, (_, i) => i));
console.log(Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from({ length: 2 }));
console.log(Array.from({ length: 3 }, function () { return this.v; }, { v: 'this-arg' }));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b', 2: 'ignored' }));
console.log(Array.from('abc'), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'x']]).values()));
console.log(Array.from([1, , 3]), Array.from({ length: '2' }), Array.from({}));
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => r * 3 + c));
console.log(grid);
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
console.log(Array(3), Array(3).length, Array(1, 2), new Array('3'));
console.log(Array.from(Array(3).keys()), [...Array(3)].map((_, i) => i + 1));
console.log(Array.from([1, 2, 3], (x, i) => x * 10 + i));
try {
  Array.from({ length: 2 }, 'not a function');
} catch (e) {
  console.log(e.name);
}
console.log(Array.isArray(Array.from('x')), Array.from.length, Array.of.length);
