// promises print their state: Promise { value }, <pending>, <rejected> reason
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
var rejected = Promise.reject('x');
rejected.catch(() => {});
console.log(rejected);
console.log(Promise.resolve('str'), Promise.resolve({ a: 1 }));
console.log(Promise.resolve(undefined));
var p = Promise.resolve().then(() => 'later');
console.log(p);
setTimeout(() => console.log(p), 0);
