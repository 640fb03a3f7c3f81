// a throw inside a timer callback is fatal (exit 1); pending timers never run
setTimeout(function () {
  console.log('timer 1');
  throw new Error('in timer');
}, 0);
setTimeout(() => console.log('timer 2 never runs'), 0);
setTimeout(() => console.log('timer 3 never runs'), 50);
console.log('sync end');
