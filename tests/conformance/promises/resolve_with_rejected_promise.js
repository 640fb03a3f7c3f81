// resolving with a rejected promise rejects; Promise.reject never unwraps its argument
var rejected = Promise.reject('inner reason');
new Promise((r) => r(rejected)).catch((e) => console.log('adopted rejection:', e));
var fulfilled = Promise.resolve('v');
Promise.reject(fulfilled).catch((e) => console.log('reason is the promise itself:', e === fulfilled));
