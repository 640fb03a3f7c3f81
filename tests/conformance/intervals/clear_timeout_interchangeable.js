// clearTimeout stops an interval and clearInterval cancels a timeout
var n = 0;
var iv = setInterval(function () { n++; if (n === 2) clearTimeout(iv); }, 2);
var t = setTimeout(function () { console.log('timeout should not run'); }, 5);
clearInterval(t);
setTimeout(function () { console.log('interval ran', n, 'times'); }, 40);
clearInterval(undefined);
clearInterval(12345);
