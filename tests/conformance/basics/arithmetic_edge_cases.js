// %, / and float arithmetic edge cases
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5);
console.log(5 / 0, -5 / 0, 0 / 0, 1 / -0);
console.log(0.1 + 0.2, 0.1 * 3, 9007199254740992 + 1, 1e308 * 10);
console.log(7 / 2, -7 / 2, 2 - 3.5, 1 - 0.9);
