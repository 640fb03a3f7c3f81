// a promise resolved by a timer runs its whole reaction chain before the next timer
var p = new Promise((r) => setTimeout(() => { console.log('t1 resolves'); r('v'); }, 0));
setTimeout(() => console.log('t2'), 0);
p.then((v) => console.log('then', v))
  .then(() => console.log('then 2'));
