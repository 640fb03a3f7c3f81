// Promise.reject handled only from a timer is fatal: the rejection is seen unhandled first
var p = Promise.reject('too late');
setTimeout(function () {
  console.log('timer runs');
  p.catch((e) => console.log('caught', e));
}, 0);
console.log('sync end');
