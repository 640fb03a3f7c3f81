// arrays of up to 6 entries at the 80-column boundary
for (let n = 55; n <= 80; n += 1) {
  console.log([['a'.repeat(n - 20), 'b'], 3]);
}
console.log(['a'.repeat(100)]);
console.log(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20)]);
