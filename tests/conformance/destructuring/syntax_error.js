// a rest element that is not last is a syntax error
console.log('never printed');
let [...rest, last] = [1, 2];
