// Promise.prototype.finally: pass-through values, overriding rejections, and extra ticks it costs.
const log = [];
let tick = 0;
let c = Promise.resolve();
for (let i = 0; i < 8; i++) c = c.then(() => tick++);

Promise.resolve('v')
  .finally(() => { log.push(`finally1 at ${tick}`); return 'ignored'; })
  .then((v) => log.push(`then after finally got ${v} at ${tick}`));
Promise.reject(new Error('r'))
  .finally(() => log.push(`finally2 at ${tick}`))
  .catch((e) => log.push(`catch after finally got ${e.message} at ${tick}`));
Promise.resolve('x')
  .finally(() => { throw new Error('finally throws'); })
  .then((v) => log.push('not reached ' + v), (e) => log.push(`override: ${e.message} at ${tick}`));
Promise.resolve('y')
  .finally(() => Promise.reject(new Error('finally rejects')))
  .catch((e) => log.push(`override2: ${e.message} at ${tick}`));
Promise.resolve('z')
  .then((v) => log.push(`plain then ${v} at ${tick}`));
(async () => {
  try {
    await Promise.reject(new Error('inner'));
  } finally {
    log.push(`async finally at ${tick}`);
  }
})().catch((e) => log.push(`async rejected ${e.message} at ${tick}`));
setTimeout(() => console.log(log.join('\n')), 0);
