// objects holding arrays: the arrays stay inline when the whole fits
for (let n = 4; n <= 12; n++) {
  console.log({ name: 'x', list: Array.from({ length: n }, (_, i) => 'item' + i) });
}
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log({ rows: [[1, 2, 3, 4, 5, 6, 7], ['a', 'b']] });
