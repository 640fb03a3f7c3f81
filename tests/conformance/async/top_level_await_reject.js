// Top-level await of a rejected promise in a .js module: prior output is kept, node exits with code 1.
console.log('before awaiting');
setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => console.log('microtask queued before the await runs'));
try {
  await Promise.reject(new Error('caught at top level'));
} catch (e) {
  console.log('caught:', e.message);
}
const value = await new Promise((_, reject) => reject(new RangeError('uncaught at top level')));
console.log('never printed', value);
