// a timer's callback return value is ignored and each timer callback runs exactly once
var runs = 0;
setTimeout(function () {
  runs++;
  return 'ignored';
}, 0);
setTimeout(() => console.log('runs:', runs), 10);
setTimeout(() => console.log('runs later:', runs), 40);
