// String.prototype.indexOf with a start position and an empty search string
var s = 'banana';
console.log(s.indexOf('an'), s.indexOf('an', 2), s.indexOf('x'), s.indexOf('b'));
console.log(s.indexOf(''), s.indexOf('', 3), s.indexOf('a', -5), s.indexOf('a', 100));
console.log('abc'.indexOf('C'));
