// Iteration protocol errors: a non-iterable object in for...of and a [Symbol.iterator] that returns a non-object.
try {
  const plain = { notIterable: true };
  for (const x of plain) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const bad = { [Symbol.iterator]() { return 5; } };
  for (const x of bad) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const noNext = { [Symbol.iterator]() { return {}; } };
  for (const x of noNext) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  const nonObjectResult = { [Symbol.iterator]() { return { next() { return 1; } }; } };
  for (const x of nonObjectResult) console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('all four failed with TypeError');
