// microtask chains started in a timer finish completely before the next due timer
setTimeout(function () {
  console.log('t1');
  var n = 0;
  function again() {
    n++;
    if (n < 3) { console.log('t1 micro', n); queueMicrotask(again); }
  }
  queueMicrotask(again);
}, 0);
setTimeout(() => console.log('t2'), 0);
