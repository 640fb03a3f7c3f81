// an unhandled rejection is fatal (exit 1) after the current microtask drain; queued microtasks still run
Promise.reject(new Error('nobody handles this'));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync end');
