// an exception thrown by an interval callback is fatal: nothing else runs
var n = 0;
setInterval(function () {
  n++;
  console.log('run', n);
  if (n === 2) throw new Error('interval failed');
}, 2);
// Due long after the interval's second run, even on a slow machine; the exit comes first.
setTimeout(function () { console.log('after?'); }, 1000);
