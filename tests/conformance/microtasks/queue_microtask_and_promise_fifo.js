// queueMicrotask and promise reactions share one FIFO queue
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => console.log('q1'));
Promise.resolve().then(() => console.log('p2'));
queueMicrotask(() => console.log('q2'));
Promise.resolve('v').then((v) => console.log('p3', v));
console.log('sync');
