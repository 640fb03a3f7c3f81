// queueMicrotask with a non-function throws a TypeError synchronously
try {
  queueMicrotask(42);
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}
try {
  queueMicrotask();
} catch (e) {
  console.log('no arg:', e instanceof TypeError);
}
console.log('done');
