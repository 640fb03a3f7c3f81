// `concat` of dense arrays refuses a result V8 could not hold (more than 134217726 elements)
// before copying anything, so `a = a.concat(a)` in a loop ends in node's RangeError instead
// of doubling until memory runs out. (Doubling from [1] reaches the limit at 2 ** 26
// elements, as in node, but takes seconds; 129 operands of 2 ** 20 reach it at once.)
let a = [0];
for (let i = 0; i < 20; i++) a = a.concat(a);
console.log(a.length);
try {
  a.concat(...Array(128).fill(a));
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(a.concat(a, a, a).length);
// Sparse arrays count their length, not their elements, up to 2 ** 32 - 1.
const sparse = [1];
sparse.length = 2 ** 31;
console.log(sparse.concat(sparse).length);
try {
  sparse.concat(sparse, sparse);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
const full = [];
full.length = 2 ** 32 - 1;
try {
  full.concat('one more');
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
