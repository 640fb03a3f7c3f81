// a timer callback can schedule further timers
setTimeout(function () {
  console.log('level 1');
  setTimeout(function () {
    console.log('level 2');
    setTimeout(function () {
      console.log('level 3');
    }, 0);
  }, 0);
}, 0);
console.log('sync');
