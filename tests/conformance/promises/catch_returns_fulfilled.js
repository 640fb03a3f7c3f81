// catch returning a value fulfills; catch rethrowing keeps the chain rejected
Promise.reject('x')
  .catch((e) => e + ' handled')
  .then((v) => console.log('fulfilled:', v));
Promise.reject('y')
  .catch((e) => { throw e + ' rethrown'; })
  .then(() => console.log('not called'))
  .catch((e) => console.log('still rejected:', e));
