// Every suspended generator keeps a native stack of its own; 20,000 of them once needed
// 20 GB of address space (a megabyte each).
function* counter(start) {
  let n = start;
  while (true) n += yield n;
}

const generators = [];
for (let i = 0; i < 20000; i++) {
  const g = counter(i);
  g.next();
  generators.push(g);
}
let total = 0;
for (const g of generators) total += g.next(1).value;
console.log(generators.length, total);
