// Math constants
console.log(Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2, Math.PI, Math.E);
Math.PI = 3;
console.log(Math.PI, Object.keys(Math).length);
