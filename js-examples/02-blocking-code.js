// 02-blocking-code.js -- blocking the one and only thread
//
// WHAT IT DEMONSTRATES
//   A timer callback can only run when the call stack is EMPTY. setTimeout
//   hands the timer to the host ("Web APIs" in a browser, libuv in node),
//   which counts the time off the main thread. When the time is up, the
//   callback is put in the callback (macrotask) queue -- but the event loop
//   only takes it from there once the currently running script has finished.
//
//   Here we ask for a 10 ms timer and then busy-wait for ~150 ms. The timer
//   expires long before the busy loop ends, but its callback still has to
//   wait: the thread is busy and the stack is not empty.
//
// EXPECTED OUTPUT (and WHY)
//   1. "start"                       -- synchronous
//   2. "timer scheduled"             -- synchronous, setTimeout returns at once
//   3. "busy loop finished ..."      -- synchronous, after ~150 ms of spinning
//   4. "end of script"               -- synchronous
//   5. "timer fired: it waited ..."  -- only now: the stack has emptied, the
//                                       event loop picks the callback up.
//   We print whether the timer waited at least as long as the busy loop, never
//   the actual milliseconds, so the output is deterministic.

console.log('start');

var scheduledAt = Date.now();
var busyFor = 150;

setTimeout(function () {
  var waited = Date.now() - scheduledAt;
  console.log('timer fired: it waited for the busy loop? ' + (waited >= busyFor));
}, 10);
console.log('timer scheduled (10 ms)');

function busyWait(ms) {
  var until = Date.now() + ms;
  var spins = 0;
  while (Date.now() < until) {
    spins++;   // nothing else can run while we spin here
  }
  return spins;
}

var spins = busyWait(busyFor);
console.log('busy loop finished, spun at least once: ' + (spins > 0));
console.log('end of script');
