// after a caught stack overflow the event loop still runs timers and microtasks set before it
setTimeout(() => console.log('timer set before overflow fires'), 0);
Promise.resolve().then(() => console.log('microtask set before overflow runs'));
var calls = 0;
function recurse() { calls++; recurse(); }
try {
  recurse();
} catch (e) {
  console.log('caught', e.name, calls > 1000);
}
setTimeout(() => console.log('timer set after overflow fires'), 0);
console.log('sync end');
