// 04-microtasks-before-macrotasks.js -- the microtask queue wins
//
// WHAT IT DEMONSTRATES
//   There are two queues:
//     * the callback (macrotask) queue: setTimeout callbacks, ...
//     * the microtask queue: promise reactions (.then/.catch/.finally) and
//       queueMicrotask callbacks.
//   When the call stack becomes empty, the event loop FIRST drains the whole
//   microtask queue -- including microtasks queued by other microtasks --
//   and only then takes ONE macrotask. After every macrotask the microtask
//   queue is drained again.
//
// EXPECTED OUTPUT (and WHY)
//   script start, script end        -- synchronous code
//   microtask 1, promise 1           -- microtasks, in the order queued
//   microtask 2 (queued by 1)        -- queued while draining: still runs
//   promise 2 (chained)                 before any timer
//   timeout 1                        -- first macrotask
//   microtask inside timeout 1       -- drained right after that macrotask,
//                                       BEFORE timeout 2
//   timeout 2                        -- next macrotask

console.log('script start');

setTimeout(function () {
  console.log('timeout 1');
  queueMicrotask(function () {
    console.log('microtask inside timeout 1');
  });
}, 0);

setTimeout(function () {
  console.log('timeout 2');
}, 0);

queueMicrotask(function () {
  console.log('microtask 1');
  queueMicrotask(function () {
    console.log('microtask 2 (queued by microtask 1)');
  });
});

Promise.resolve().then(function () {
  console.log('promise 1');
}).then(function () {
  console.log('promise 2 (chained)');
});

console.log('script end');
