// several then-callbacks on one promise run in registration order, each with the same value
var p = Promise.resolve('shared');
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
p.then((v) => { console.log('third', v); return 'changed'; });
p.then((v) => console.log('fourth still', v));
