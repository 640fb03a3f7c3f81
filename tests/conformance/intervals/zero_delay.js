// setInterval(f, 0) behaves like a 1 ms interval and interleaves with timeouts of the same delay
var order = [];
var n = 0;
var id = setInterval(function () {
  order.push('i' + n);
  if (++n === 3) {
    clearInterval(id);
    setTimeout(function () { console.log(order.join(' ')); }, 5);
  }
}, 0);
setTimeout(function () { order.push('t1'); }, 0);
setTimeout(function () { order.push('t2'); }, 1);
