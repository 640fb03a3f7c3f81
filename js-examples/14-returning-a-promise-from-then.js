// 14-returning-a-promise-from-then.js -- why `return promise` inside .then costs two extra ticks
//
// WHAT IT DEMONSTRATES
//   A .then callback that returns a plain value settles the next promise in the chain at
//   once, so the next callback runs one microtask "tick" later. A callback that returns a
//   PROMISE cannot settle the chain yet: the chain has to adopt that promise's state. The
//   engine queues a job to call the returned promise's .then (a "thenable resolution", tick
//   +1), and that .then queues one more job once it sees the promise is fulfilled (tick +2).
//   Only then is the chain settled, and its next callback queued (tick +3).
//
//   Run it with `minnow --trace --virtual-time` to watch each of those jobs being queued,
//   with its tick number and the step that queued it.
//
// EXPECTED OUTPUT (and WHY)
//   value 1, promise 1    -- tick 1: both chains start together
//   value 2               -- tick 2: returning a value costs one tick
//   value 3               -- tick 3
//   value 4               -- tick 4
//   promise 2             -- tick 4: the returned promise cost two extra ticks (2 + 2)
//   value 5               -- tick 5

Promise.resolve()
  .then(() => console.log('value 1'))
  .then(() => console.log('value 2'))
  .then(() => console.log('value 3'))
  .then(() => console.log('value 4'))
  .then(() => console.log('value 5'));

Promise.resolve()
  .then(() => {
    console.log('promise 1');
    return Promise.resolve('done');
  })
  .then(() => console.log('promise 2'));
