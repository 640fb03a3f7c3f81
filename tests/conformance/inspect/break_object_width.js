// an object stays on one line while it fits in 80 columns (counting the entries, separators
// and indentation the way node does); one character more breaks it
for (let n = 50; n <= 70; n++) {
  const o = { key: 'x'.repeat(n - 10) };
  o.b = 1;
  console.log(o);
}
