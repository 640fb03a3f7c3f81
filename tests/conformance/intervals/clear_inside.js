// clearInterval inside the callback stops it at once; microtasks still run after the callback
var runs = 0;
var id = setInterval(function () {
  runs++;
  clearInterval(id);
  Promise.resolve().then(function () { console.log('microtask after run', runs); });
}, 1);
setTimeout(function () { console.log('runs', runs); }, 30);
