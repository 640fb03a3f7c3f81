// a rejection handled later within the same microtask drain is not fatal
var p = Promise.reject(new Error('late handled'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => {
    p.catch((e) => console.log('caught:', e.message));
  });
setTimeout(() => console.log('timer runs'), 0);
