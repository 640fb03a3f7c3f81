// an interval started from another interval's callback, both cleared by a timeout
var a = 0, b = 0, inner = null;
var outer = setInterval(function () {
  a++;
  if (!inner) inner = setInterval(function () { b++; }, 3);
}, 3);
// The timeout re-arms itself until both have run a few times (a fixed time could pass on a
// slow machine before they did), then clears both; the program can only end once they stop.
(function clearWhenBothRan() {
  setTimeout(function () {
    if (a <= 2 || b <= 1) return clearWhenBothRan();
    clearInterval(outer);
    clearInterval(inner);
    console.log('outer ran', a > 2, 'inner ran', b > 1);
  }, 10);
})();
