// objects with a then method are adopted: their then is called with resolve/reject functions
var thenable = {
  then: function (resolve, reject) {
    console.log('then called', typeof resolve, typeof reject);
    resolve('from thenable');
  },
};
Promise.resolve(thenable).then((v) => console.log('resolved:', v));
new Promise((r) => r(thenable)).then((v) => console.log('constructor:', v));
Promise.resolve(1).then(() => thenable).then((v) => console.log('returned:', v));
var rejecting = { then: (res, rej) => rej('bad thenable') };
Promise.resolve(rejecting).catch((e) => console.log('rejected:', e));
console.log('sync');
