// toUpperCase / toLowerCase return new strings and leave the original unchanged
var s = 'Hello World 123';
console.log(s.toUpperCase(), s.toLowerCase(), s);
console.log('ß'.toUpperCase(), 'ÀÉÎ'.toLowerCase(), ''.toUpperCase().length);
var lower = 'abc';
var upper = lower.toUpperCase();
console.log(lower, upper, upper.toLowerCase() === lower);
