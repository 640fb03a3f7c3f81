// an exception thrown by an interval callback is fatal: nothing else runs
var n = 0;
setInterval(function () {
  n++;
  console.log('run', n);
  if (n === 2) throw new Error('interval failed');
}, 2);
setTimeout(function () { console.log('after?'); }, 50);
