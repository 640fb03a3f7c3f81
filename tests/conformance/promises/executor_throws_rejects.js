// a throwing executor rejects the promise; a throw after resolve is ignored
new Promise(function () { throw new RangeError('exec failed'); })
  .catch((e) => console.log('rejected:', e.name, e.message));
new Promise(function (resolve) {
  resolve('resolved first');
  throw new Error('ignored');
}).then((v) => console.log('fulfilled:', v), () => console.log('not called'));
console.log('sync');
