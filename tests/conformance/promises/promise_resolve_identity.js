// Promise.resolve(p) returns p itself when p is a native promise
var p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
var pending = new Promise(() => {});
console.log(Promise.resolve(pending) === pending);
var r = Promise.reject('no');
r.catch(() => {});
console.log(Promise.resolve(r) === r);
console.log(Promise.resolve(1) === Promise.resolve(1));
console.log(p.then() === p);
