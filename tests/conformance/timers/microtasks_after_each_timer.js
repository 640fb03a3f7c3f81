// all microtasks queued by a timer callback run before the next timer callback
setTimeout(function () {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('timer 1 promise'));
  queueMicrotask(() => console.log('timer 1 microtask'));
}, 0);
setTimeout(function () {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('timer 2 promise'))
    .then(() => console.log('timer 2 promise 2'));
}, 0);
setTimeout(() => console.log('timer 3'), 0);
