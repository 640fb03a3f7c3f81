// after a long synchronous block, overdue timers run in due-time order; a timer set after the block counts from then
function busyWait(ms) {
  var end = Date.now() + ms;
  while (Date.now() < end) {}
}
setTimeout(() => console.log('due at +60'), 60);
setTimeout(() => console.log('due at +10'), 10);
busyWait(100);
setTimeout(() => console.log('set after wait, due at +120'), 20);
console.log('sync end');
