// each then receives the previous callback's return value
Promise.resolve(1)
  .then((v) => { console.log('got', v); return v + 1; })
  .then((v) => { console.log('got', v); return v * 10; })
  .then((v) => { console.log('got', v); })
  .then((v) => console.log('got', v));
console.log('sync');
