// article: the delay is a minimum; timers fire in due order after sync code (second, first)
setTimeout(function () {
  console.log('first (100ms)');
}, 100);
setTimeout(function () {
  console.log('second (20ms)');
}, 20);
console.log('sync');
