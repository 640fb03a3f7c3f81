// 05-promise-chains.js -- how promise chains move through the microtask queue
//
// WHAT IT DEMONSTRATES
//   Each .then() registers a reaction. When the promise settles, the reaction
//   is queued as a MICROTASK -- it never runs synchronously. Every step of a
//   chain therefore costs one trip through the microtask queue, and two
//   independent chains interleave step by step.
//
//   Also shown: values flow down a chain, a thrown error skips .then handlers
//   until a .catch, .finally runs either way and passes the value through,
//   and a promise created with new Promise runs its executor synchronously.
//
// EXPECTED OUTPUT (and WHY)
//   "executor runs synchronously"  -- the executor is called by `new Promise`
//   "sync done"                    -- end of the script; now microtasks run
//   "A1", "B1", "A2", "B2", "A3", "B3"
//                                  -- the two chains interleave: each step
//                                     queues the next one at the back of the
//                                     microtask queue
//   The third chain (starting from p) is queued right after B1, so its steps
//   are interleaved with A and B as well: "p resolved with ok" after B1,
//   "value 1" after B2, and so on. Its values flow 1 -> 2 -> 4, then the
//   thrown error skips the next .then, is caught, finally runs, and the value
//   after finally is the one returned by the catch handler.
//   "timeout" comes last: it is a macrotask, and every microtask (even the
//   ones queued later) runs before it.

setTimeout(function () {
  console.log('timeout (macrotask, after all microtasks)');
}, 0);

var p = new Promise(function (resolve) {
  console.log('executor runs synchronously');
  resolve('ok');
});

Promise.resolve()
  .then(function () { console.log('A1'); })
  .then(function () { console.log('A2'); })
  .then(function () { console.log('A3'); });

Promise.resolve()
  .then(function () { console.log('B1'); })
  .then(function () { console.log('B2'); })
  .then(function () { console.log('B3'); });

p.then(function (v) {
  console.log('p resolved with ' + v);
  return 1;
}).then(function (n) {
  console.log('value ' + n);
  return n * 2;
}).then(function (n) {
  console.log('value ' + n);
  return n * 2;
}).then(function (n) {
  console.log('value ' + n + ', now throwing');
  throw new Error('step failed');
}).then(function () {
  console.log('never printed: a rejection skips .then handlers');
}).catch(function (e) {
  console.log('caught ' + e.name + ': ' + e.message);
  return 'recovered';
}).finally(function () {
  console.log('finally runs (it receives no value)');
}).then(function (v) {
  console.log('after finally the value is still: ' + v);
});

console.log('sync done');
