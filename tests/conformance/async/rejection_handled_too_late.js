// A rejected promise whose handler is attached only in a later timer: node 20 treats it as unhandled and exits 1.
console.log('creating rejected promise');
const p = Promise.reject(new Error('late handling'));
Promise.resolve().then(() => console.log('microtask 1 still runs'));
Promise.resolve().then(() => Promise.resolve()).then(() => console.log('microtask chain still runs'));
setTimeout(() => {
  console.log('timer: attaching handler (too late)');
  p.catch((e) => console.log('caught', e.message));
}, 0);
console.log('end of script');
