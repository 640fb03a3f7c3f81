// the program exits after the last pending timer has run
var count = 0;
for (var i = 0; i < 50; i++) {
  setTimeout(() => { count++; if (count === 50) console.log('all 50 ran'); }, i % 5);
}
setTimeout(() => console.log('last'), 60);
