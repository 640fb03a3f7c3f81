// many timers with the same delay run in registration (FIFO) order
for (var j = 0; j < 3; j++) {
  setTimeout(function (n) { console.log('zero-delay timer', n); }, 0, j);
}
for (var i = 0; i < 8; i++) {
  setTimeout(function (n) { console.log('timer', n); }, 5, i);
}
