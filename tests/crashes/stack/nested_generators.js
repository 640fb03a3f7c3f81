// Generators delegating to generators: every level is a live body with a stack of its own.
// Deep nesting once exhausted a 4 GB address space (a megabyte of stack per level).
function* countdown(n) {
  if (n > 0) yield* countdown(n - 1);
  else yield 'bottom';
}

for (const n of [10, 1000, 3000]) {
  console.log(n, [...countdown(n)]);
}
