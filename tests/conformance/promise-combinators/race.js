// Promise.race settles like the first input to settle; an empty race stays pending
function later(v, ms, fail) {
  return new Promise(function (res, rej) { setTimeout(function () { (fail ? rej : res)(v); }, ms); });
}
Promise.race([later('slow', 20), later('fast', 5)]).then(function (v) { console.log('winner', v); });
Promise.race([later('slow', 20), later('err', 5, true)]).catch(function (e) { console.log('lost to', e); });
Promise.race([later('timer', 1), 'sync']).then(function (v) { console.log('value', v); });
var pending = Promise.race([]);
setTimeout(function () { console.log(pending); }, 30);
