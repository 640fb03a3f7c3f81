// ** is right associative and works with negatives/fractions
console.log(2 ** 10, 2 ** -1, (-2) ** 2, (-2) ** 3, 2 ** 3 ** 2);
console.log(4 ** 0.5, 0 ** 0, NaN ** 0, 1 ** Infinity);
var x = 3;
x **= 2;
console.log(x, '2' ** '3');
