// a chain of zero-delay timers finishes before a timer due much later (200ms)
setTimeout(() => console.log('far (200ms)'), 200);
setTimeout(function () {
  console.log('a');
  setTimeout(function () {
    console.log('b');
    setTimeout(() => console.log('c'), 0);
  }, 0);
}, 0);
