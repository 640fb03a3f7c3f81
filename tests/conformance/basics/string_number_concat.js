// + concatenates when either side is a string, evaluation is left to right
console.log(1 + 2 + '3', '1' + 2 + 3, 1 + '2' - 1);
console.log('a' + null, 'a' + undefined, 'a' + true, 'a' + 1.50);
console.log(1 + null, 1 + undefined, true + true, 1 + [2], [1] + [2]);
console.log('5' * '2', '5' - 2, '5' / '2', '10' % '3');
console.log({} + 'x', [] + [], 'n=' + -0, 'x' + 1e21);
