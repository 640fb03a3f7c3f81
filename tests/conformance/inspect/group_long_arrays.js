// 50, 100, 101 and 150 numbers: columns, then `... N more items` past 100 entries
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(50, (i) => i * 7));
console.log(range(100, (i) => i));
console.log(range(101, (i) => i));
console.log(range(150, (i) => i * 3));
console.log(range(102, (i) => 'item-' + i));
