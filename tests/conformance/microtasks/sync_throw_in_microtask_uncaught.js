// an exception thrown in a queueMicrotask callback is uncaught: exit status 1, nothing runs afterwards
queueMicrotask(function () {
  console.log('m1');
  throw new Error('boom');
});
queueMicrotask(() => console.log('m2 never runs'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync');
