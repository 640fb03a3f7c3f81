// a thenable's then method is called in a later microtask, not synchronously
var t = { then(res) { console.log('thenable.then runs'); res(7); } };
var p = Promise.resolve(t);
console.log('after Promise.resolve');
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
p.then((v) => console.log('value', v));
