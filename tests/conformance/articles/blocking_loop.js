// article: a long synchronous loop blocks everything, timers included
setTimeout(() => console.log('timeout finally runs'), 0);
var total = 0;
for (var i = 0; i < 300000; i++) {
  total += i % 7;
}
console.log('loop done', total);
