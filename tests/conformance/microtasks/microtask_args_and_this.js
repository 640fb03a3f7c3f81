// queueMicrotask calls the callback with no arguments
queueMicrotask(function (a) {
  console.log('arg is', typeof a);
});
queueMicrotask(() => console.log('arrow ok'));
console.log('queued');
