// callbacks registered on a pending promise run when it resolves (from a timer here)
var resolveP;
var p = new Promise((r) => { resolveP = r; });
p.then((v) => console.log('then 1', v));
setTimeout(() => {
  console.log('timer resolving');
  resolveP('done');
  console.log('after resolve call');
}, 0);
p.then((v) => console.log('then 2', v));
