// a timer callback can cancel another pending timer, including one that is already due
var sameTick, later;
setTimeout(function () {
  console.log('first');
  clearTimeout(sameTick);
  clearTimeout(later);
}, 0);
sameTick = setTimeout(() => console.log('sameTick: should not run'), 0);
setTimeout(() => console.log('third'), 0);
later = setTimeout(() => console.log('later: should not run'), 30);
