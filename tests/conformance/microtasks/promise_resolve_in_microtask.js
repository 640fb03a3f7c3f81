// resolving a promise inside a microtask schedules its reactions at the end of the queue
var resolveIt;
var p = new Promise(function (r) { resolveIt = r; });
p.then((v) => console.log('p resolved with', v));
queueMicrotask(function () {
  console.log('m1 resolves');
  resolveIt('x');
});
queueMicrotask(() => console.log('m2'));
