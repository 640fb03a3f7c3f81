// the onRejected of the same then does not catch errors thrown by its onFulfilled
Promise.resolve(1)
  .then(
    () => { throw new Error('thrown in onFulfilled'); },
    () => console.log('same-level onRejected: not called')
  )
  .then(null, (e) => console.log('next level caught:', e.message));
