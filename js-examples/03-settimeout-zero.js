// 03-settimeout-zero.js -- setTimeout(fn, 0) does not mean "now"
//
// WHAT IT DEMONSTRATES
//   A delay of 0 only means "as soon as possible AFTER the current work".
//   The callback still travels through the host timer machinery and the
//   callback (macrotask) queue, and the event loop only runs it once the
//   call stack is empty. So all synchronous code runs first.
//
//   Timers with the same delay fire in the order they were scheduled
//   (the queue is first-in, first-out). A longer delay fires later.
//
// EXPECTED OUTPUT (and WHY)
//   "sync 1", "sync 2", "sync 3"  -- the whole script runs to completion first
//   "timeout A (0 ms)"            -- first timer queued
//   "timeout B (0 ms)"            -- second timer, same delay, FIFO order
//   "timeout C (0 ms, ...)"       -- scheduled from inside A, so it is queued
//                                    after B, which was already waiting
//   "timeout D (500 ms)"          -- scheduled before B, but its delay is
//                                    much longer, so it comes last (long
//                                    enough that even a slow machine runs
//                                    the loop below, A and C well before it)

console.log('sync 1');

setTimeout(function () {
  console.log('timeout A (0 ms)');
  setTimeout(function () {
    console.log('timeout C (0 ms, scheduled inside A)');
  }, 0);
}, 0);

setTimeout(function () {
  console.log('timeout D (500 ms)');
}, 500);

console.log('sync 2');

setTimeout(function () {
  console.log('timeout B (0 ms)');
}, 0);

// Even a lot of synchronous work cannot be interrupted by a 0 ms timer.
var total = 0;
for (var i = 0; i < 100000; i++) {
  total += i;
}
console.log('sync 3, total = ' + total);
