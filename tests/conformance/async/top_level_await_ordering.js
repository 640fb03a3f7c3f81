// Ordering around top-level await: sync code, microtasks, timers, and code after each await.
const log = (m) => console.log(m);
log('1 sync start');
setTimeout(() => log('timer 0ms'), 0);
Promise.resolve().then(() => log('microtask A'));
queueMicrotask(() => log('microtask B'));
log('2 before first await');
await null;
log('3 after await null');
await new Promise((r) => setTimeout(r, 10));
log('4 after awaiting a 10ms timer');
const results = await Promise.all([1, 2, 3].map(async (n) => n * n));
log('5 squares ' + results.join(','));
let tick = 0;
const ticker = (async () => {
  while (tick < 3) {
    await null;
    log(`  ticker ${++tick}`);
  }
})();
await ticker;
log('6 end, tick = ' + tick);
