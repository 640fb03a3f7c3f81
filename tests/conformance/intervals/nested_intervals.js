// an interval started from another interval's callback, both cleared by a timeout
var a = 0, b = 0, inner = null;
var outer = setInterval(function () {
  a++;
  if (!inner) inner = setInterval(function () { b++; }, 3);
}, 3);
setTimeout(function () {
  clearInterval(outer);
  clearInterval(inner);
  console.log('outer ran', a > 2, 'inner ran', b > 1);
}, 40);
