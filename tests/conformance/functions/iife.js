// immediately invoked function expressions run at once and keep private state
var counter = (function () {
  var n = 0;
  return function () { n += 1; return n; };
})();
counter();
console.log(counter(), typeof n);
(function (a, b) { console.log('iife args', a, b); })(1, 'two');
console.log((() => 'arrow iife')());
