// microtask ordering between queueMicrotask and nested promise reactions
Promise.resolve().then(() => {
  console.log('p1');
  queueMicrotask(() => console.log('q inside p1'));
}).then(() => console.log('p2'));
queueMicrotask(() => {
  console.log('q1');
  Promise.resolve().then(() => console.log('p inside q1'));
});
console.log('sync');
