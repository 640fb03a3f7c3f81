// a finally callback that throws (or returns a rejected promise) replaces the outcome
Promise.resolve('ok')
  .finally(() => { throw new Error('from finally'); })
  .then((v) => console.log('not called', v), (e) => console.log('rejected:', e.message));
Promise.reject('first')
  .finally(() => Promise.reject('second'))
  .catch((e) => console.log('rejected with:', e));
