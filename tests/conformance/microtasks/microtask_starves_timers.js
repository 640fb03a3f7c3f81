// a long chain of microtasks (1000) fully drains before an already-due timer fires
setTimeout(() => console.log('timer after', n, 'microtasks'), 0);
var n = 0;
function step() {
  n++;
  if (n < 1000) queueMicrotask(step);
}
queueMicrotask(step);
