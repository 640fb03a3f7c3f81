// even when several timers are already overdue, microtasks run between their callbacks
function busyWait(ms) {
  var end = Date.now() + ms;
  while (Date.now() < end) {}
}
setTimeout(function () {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 micro'));
}, 1);
setTimeout(function () {
  console.log('t2');
  queueMicrotask(() => console.log('t2 micro'));
}, 1);
busyWait(50);
console.log('sync end');
