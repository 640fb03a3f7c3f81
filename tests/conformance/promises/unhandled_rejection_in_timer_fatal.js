// an unhandled rejection created in a timer is fatal before the next timer runs
setTimeout(function () {
  console.log('t1');
  Promise.reject('in timer');
  queueMicrotask(() => console.log('t1 microtask still runs'));
}, 0);
setTimeout(() => console.log('t2 never runs'), 0);
