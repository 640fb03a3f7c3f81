// timers scheduled from microtasks run after timers scheduled earlier with the same delay
setTimeout(() => console.log('timer from script'), 0);
Promise.resolve().then(function () {
  console.log('microtask');
  setTimeout(() => console.log('timer from microtask'), 0);
});
queueMicrotask(() => setTimeout(() => console.log('timer from queueMicrotask'), 0));
console.log('sync');
