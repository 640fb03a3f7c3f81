// Tick counting: how many microtask ticks does `await` of a plain value / native promise / thenable take?
let tick = 0;
const log = [];
let p = Promise.resolve();
for (let i = 0; i < 8; i++) p = p.then(() => { tick++; log.push(`tick ${tick}`); });

async function awaitValue() { log.push('value: start'); await 42; log.push(`value: resumed at tick ${tick}`); }
async function awaitNative() { log.push('native: start'); await Promise.resolve(1); log.push(`native: resumed at tick ${tick}`); }
async function awaitThenable() {
  log.push('thenable: start');
  const v = await { then(res) { log.push(`thenable.then called at tick ${tick}`); res('T'); } };
  log.push(`thenable: resumed with ${v} at tick ${tick}`);
}
awaitValue();
awaitNative();
awaitThenable();
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 0);
