// a zero-delay timer cannot run until long synchronous work (60ms) has finished
function busyWait(ms) {
  var end = Date.now() + ms;
  while (Date.now() < end) {}
}
var start = Date.now();
setTimeout(function () {
  console.log('timer ran after at least 60ms:', Date.now() - start >= 60);
}, 0);
busyWait(60);
console.log('busy work done');
