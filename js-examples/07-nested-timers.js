// 07-nested-timers.js -- timers that schedule timers
//
// WHAT IT DEMONSTRATES
//   * A timer callback is a macrotask. Anything it schedules goes back
//     through the host timers and the callback queue; it never runs inside
//     the current callback.
//   * A "repeating" timer built from nested setTimeout calls (a common
//     alternative to setInterval): each tick schedules the next one only
//     after it has run.
//   * Microtasks queued by a timer callback run right after that callback,
//     before the next timer.
//   * Timers run in order of their EXPIRY time (the moment they were
//     scheduled + their delay), not in the order they were created.
//   * clearTimeout removes a pending timer before it can fire.
//
//   Phase 2 is only started by the last tick of phase 1, and its delays are
//   spaced tens of milliseconds apart, so the order does not depend on how
//   fast (or how busy) the machine is.
//
// EXPECTED OUTPUT (and WHY)
//   "sync: scheduled the first tick" -- the script always finishes first
//   "tick 1" .. "tick 3"             -- the 0 ms self-rescheduling chain; each
//                                       tick's microtask ("after tick N") runs
//                                       before the next tick
//   "phase 2 scheduled"              -- printed INSIDE tick 3 (so before
//                                       "after tick 3"): tick 3 schedules four
//                                       timers, all relative to the same
//                                       moment (call it t=0): 100 ms (to be
//                                       cancelled), 200 ms, 80 ms, 30 ms --
//                                       in that creation order
//   "cleared the 100 ms timer (at ~30 ms)"
//                                    -- the 30 ms timer expires first and
//                                       cancels a pending one
//   "outer 80 ms"                    -- expires at ~80 ms; it schedules two
//                                       nested timers
//   "outer 200 ms"                   -- expires at ~200 ms, before the nested
//                                       ones, which are due at ~80+200 and
//                                       ~80+320
//   "nested 200 ms (inside 80)"      -- ~280 ms
//   "nested 320 ms (inside 80)"      -- ~400 ms
//   "all timers done, cancelled one never fired: true"
//   The cancelled timer never prints: clearTimeout removed it.

function tick(n) {
  console.log('tick ' + n);
  Promise.resolve().then(function () {
    console.log('  after tick ' + n + ' (microtask)');
  });
  if (n < 3) {
    setTimeout(function () { tick(n + 1); }, 0);
  } else {
    phase2();
  }
}

var cancelledFired = false;

function phase2() {
  var doomed = setTimeout(function () {
    cancelledFired = true;
    console.log('cancelled timer (never printed)');
  }, 100);

  setTimeout(function () {
    console.log('outer 200 ms');
  }, 200);

  setTimeout(function () {
    console.log('outer 80 ms');
    setTimeout(function () {
      console.log('nested 320 ms (inside 80)');
      finish();
    }, 320);
    setTimeout(function () {
      console.log('nested 200 ms (inside 80)');
    }, 200);
  }, 80);

  // Cancel the 100 ms timer from another timer that runs before it is due.
  setTimeout(function () {
    clearTimeout(doomed);
    console.log('cleared the 100 ms timer (at ~30 ms)');
  }, 30);

  console.log('phase 2 scheduled');
}

function finish() {
  console.log('all timers done, cancelled one never fired: ' + !cancelledFired);
}

setTimeout(function () { tick(1); }, 0);
console.log('sync: scheduled the first tick');
