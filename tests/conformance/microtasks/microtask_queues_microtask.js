// microtasks queued by microtasks run in the same drain, before the next timer
setTimeout(() => console.log('timer'), 0);
queueMicrotask(function () {
  console.log('m1');
  queueMicrotask(function () {
    console.log('m1.1');
    queueMicrotask(() => console.log('m1.1.1'));
  });
});
queueMicrotask(() => console.log('m2'));
