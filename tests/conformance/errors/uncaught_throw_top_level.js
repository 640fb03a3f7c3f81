// an uncaught throw at top level exits with status 1; output before it is kept
console.log('before');
setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => console.log('microtask never runs'));
throw new Error('top level');
console.log('after');
