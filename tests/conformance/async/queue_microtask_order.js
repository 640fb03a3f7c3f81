// queueMicrotask vs promise callbacks vs setTimeout vs async function continuations.
const out = [];
setTimeout(() => out.push('timeout 1'), 0);
queueMicrotask(() => out.push('microtask 1'));
Promise.resolve().then(() => out.push('then 1'));
(async () => {
  out.push('async start');
  await undefined;
  out.push('async after await');
  queueMicrotask(() => out.push('microtask from async'));
})();
queueMicrotask(() => {
  out.push('microtask 2');
  queueMicrotask(() => out.push('nested microtask'));
  Promise.resolve().then(() => out.push('then from microtask'));
});
Promise.resolve().then(() => out.push('then 2')).then(() => out.push('then 2b'));
setTimeout(() => {
  out.push('timeout 2');
  queueMicrotask(() => out.push('microtask inside timeout 2'));
}, 0);
setTimeout(() => {
  out.push('timeout 3');
  console.log(out.join('\n'));
}, 0);
out.push('sync end');
