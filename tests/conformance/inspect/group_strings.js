// strings are left-aligned in their columns
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(8, (i) => 'w' + i));
console.log(range(30, (i) => 'abcdefghijklmnopqrstuvwxyz'.slice(0, i % 7)));
console.log(range(20, (i) => 'x'.repeat(i)));
console.log(range(7, () => 'x'.repeat(22)));
console.log(range(7, () => 'x'.repeat(25)));
console.log(range(16, (i) => 'x'.repeat(i % 5 === 0 ? 20 : 2)));
console.log(range(7, (i) => 'long string number ' + i));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
