// arrays print as [ a, b ] with a space inside the brackets; empty arrays as []
console.log([1, 'a', { b: true }]);
console.log([]);
console.log([[]]);
console.log([[], [[]]]);
console.log([1, [2, [3]]]);
console.log([null, undefined, true, false]);
