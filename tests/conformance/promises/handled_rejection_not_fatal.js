// a rejection that is handled does not affect the exit status
var p = new Promise((resolve, reject) => reject(new Error('handled')));
p.catch((e) => console.log('handled:', e.message));
p.then(null, (e) => console.log('also handled:', e.message));
setTimeout(() => console.log('exit normally'), 0);
