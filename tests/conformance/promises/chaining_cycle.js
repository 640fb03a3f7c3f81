// returning the derived promise from its own then callback rejects with a TypeError
var p2 = Promise.resolve().then(() => p2);
p2.catch((e) => console.log(e instanceof TypeError, e.message));
var p3 = Promise.resolve().then(() => p3);
p3.then(() => console.log('never'), (e) => console.log('downstream', e.name));
