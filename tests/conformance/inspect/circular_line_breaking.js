// the <ref *1> marker counts towards the 80 columns
for (let n = 60; n <= 76; n++) {
  const c = { id: 'z'.repeat(n - 35) };
  c.self = c;
  console.log(c);
}
const outer = { list: [] };
outer.list.push({ parent: outer, label: 'first child of the outer object' });
console.log(outer);
