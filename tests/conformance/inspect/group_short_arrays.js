// arrays of more than 6 short numbers are laid out in right-aligned columns
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(6, (i) => i));
console.log(range(7, (i) => i));
console.log(range(10, (i) => i * 1000));
console.log(range(26, (i) => i));
console.log(range(27, (i) => i));
