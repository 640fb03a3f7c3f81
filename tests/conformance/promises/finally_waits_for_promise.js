// a promise returned from finally is awaited before the original value passes on
Promise.resolve('orig')
  .finally(() => new Promise((r) => setTimeout(() => { console.log('finally timer'); r('x'); }, 10)))
  .then((v) => console.log('then:', v));
setTimeout(() => console.log('timer 0'), 0);
