// a rejected Promise.all with no handler is an unhandled rejection (exit 1)
console.log('start');
Promise.all([Promise.reject(new Error('nobody handles me')), 1]);
setTimeout(function () { console.log('never'); }, 10);
