// clearTimeout stops an interval and clearInterval cancels a timeout
var n = 0;
// The report is scheduled once the interval is cleared (not at a fixed time, which a slow
// machine could reach before the second run): a third run, due first, would show in it.
var iv = setInterval(function () {
  n++;
  if (n === 2) {
    clearTimeout(iv);
    setTimeout(function () { console.log('interval ran', n, 'times'); }, 20);
  }
}, 2);
var t = setTimeout(function () { console.log('timeout should not run'); }, 5);
clearInterval(t);
clearInterval(undefined);
clearInterval(12345);
