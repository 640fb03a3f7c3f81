// string methods can be called on literals and on results of other methods
console.log('abc'.toUpperCase().slice(1), 'Mixed'.toLowerCase().indexOf('x'));
var word = 'conformance';
console.log(word.slice(0, 1).toUpperCase() + word.slice(1));
console.log(('x' + 1).length, (123 + '').length);
