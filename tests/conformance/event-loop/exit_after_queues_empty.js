// the process runs until no timers or microtasks remain, then exits with status 0
var n = 0;
function tick() {
  n++;
  if (n < 5) setTimeout(tick, 0);
  else Promise.resolve().then(() => console.log('finished after', n, 'timer hops'));
}
setTimeout(tick, 0);
