// a delay-0 timer created inside a timer callback runs after the timers that were already due
setTimeout(function () {
  console.log('t1');
  setTimeout(() => console.log('t1 -> new zero timer'), 0);
}, 0);
setTimeout(() => console.log('t2'), 0);
setTimeout(() => console.log('t3'), 0);
