// Unhandled rejection from an async function: output before it is flushed, then node exits with code 1.
async function failLater() {
  console.log('failLater: start');
  await null;
  console.log('failLater: about to throw');
  throw new Error('nobody catches me');
}
console.log('before');
failLater();
Promise.resolve().then(() => console.log('microtask after failLater'));
console.log('after (sync)');
setTimeout(() => console.log('this timer never runs'), 0);
