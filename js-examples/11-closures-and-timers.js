// 11-closures-and-timers.js -- what a callback "remembers"
//
// WHAT IT DEMONSTRATES
//   A callback that runs later (from the callback queue or the microtask
//   queue) is a CLOSURE: it keeps the variables of the scope it was created
//   in alive on the heap, even after the function that created them has
//   returned and its stack frame is gone. It sees the CURRENT value of those
//   variables at the moment it finally runs -- not a snapshot.
//
//   The classic consequence: timers created in a `for (var i ...)` loop all
//   share ONE `i` (var is function-scoped), and by the time they run the loop
//   is over, so they all print 3. With `let`, every iteration gets a fresh
//   binding, so each callback remembers its own i.
//
// EXPECTED OUTPUT (and WHY)
//   "counter created; frame of makeCounter is gone"   -- synchronous
//   "sync: count is 2"                                -- two direct calls
//   "microtask sees message: changed later"           -- microtasks run before
//        timers, and the closure sees the value assigned AFTER it was queued
//   "var loop: 3" (three times)                       -- one shared i, read
//                                                        after the loop ended
//   "let loop: 0", "let loop: 1", "let loop: 2"       -- one j per iteration
//   "IIFE loop: 0", "IIFE loop: 1", "IIFE loop: 2"    -- the pre-let fix: a new
//                                                        function scope each time
//   "timer sees count 3 (incremented after scheduling)"
//   All the timers have a 0 ms delay, so they run in the order they were
//   scheduled, after the whole script and after the microtask.

function makeCounter() {
  var count = 0;                 // lives on the heap while a closure uses it
  return {
    increment: function () { count++; return count; },
    get: function () { return count; }
  };
}

var counter = makeCounter();
console.log('counter created; frame of makeCounter is gone');
counter.increment();
counter.increment();
console.log('sync: count is ' + counter.get());

var message = 'original';
queueMicrotask(function () {
  console.log('microtask sees message: ' + message);
});
message = 'changed later';

for (var i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log('var loop: ' + i);
  }, 0);
}

for (let j = 0; j < 3; j++) {
  setTimeout(function () {
    console.log('let loop: ' + j);
  }, 0);
}

for (var k = 0; k < 3; k++) {
  (function (copy) {
    setTimeout(function () {
      console.log('IIFE loop: ' + copy);
    }, 0);
  })(k);
}

setTimeout(function () {
  console.log('timer sees count ' + counter.get() + ' (incremented after scheduling)');
}, 0);
counter.increment();
