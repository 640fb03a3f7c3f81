// an interval re-arms at the end of its delay list: timeouts registered later with the same delay run first
var log = [];
var n = 0;
var id = setInterval(function () {
  log.push('interval ' + n);
  if (n === 0) setTimeout(function () { log.push('timeout from interval'); }, 10);
  if (++n === 3) { clearInterval(id); setTimeout(function () { console.log(log.join(', ')); }, 15); }
}, 10);
setTimeout(function () { log.push('timeout A'); }, 10);
