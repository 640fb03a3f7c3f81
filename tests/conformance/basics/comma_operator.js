// the comma operator evaluates left to right and yields the last value
var x = (1, 2, 3);
console.log(x);
var log = [];
var y = (log.push('a'), log.push('b'), 'done');
console.log(y, log.join(''));
for (var i = 0, j = 10; i < 3; i++, j--) {
  console.log(i, j);
}
