// an exception thrown inside a then callback rejects the derived promise
Promise.resolve(1)
  .then(function () { throw new TypeError('bad'); })
  .then(() => console.log('not called'))
  .catch((e) => console.log(e instanceof TypeError, e.message));
Promise.resolve()
  .then(() => { throw 'a string'; })
  .catch((e) => console.log('caught', typeof e, e));
