// new Promise(r => r(p)) adopts p via an extra job: its then-callbacks run two ticks later than p's
var p = Promise.resolve('inner');
var wrapped = new Promise((r) => r(p));
wrapped.then((v) => console.log('wrapped', v));
p.then((v) => console.log('direct', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
console.log(wrapped === p);
