// setInterval runs repeatedly until clearInterval, passing extra arguments
var n = 0;
var id = setInterval(function (a, b) {
  n++;
  console.log('tick', n, a, b);
  if (n === 3) clearInterval(id);
}, 5, 'x', 'y');
console.log(id !== undefined);
