// Math.max/min with several, zero and NaN arguments; Math.pow
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(-1, -5));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.min('2', 10));
console.log(Math.max(0, -0), Math.min(0, -0));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(10, -2));
console.log(Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(2, -1));
