// queueMicrotask callbacks run after the current synchronous code, before timers
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => console.log('microtask 2'));
console.log('sync');
