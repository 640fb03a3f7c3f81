// Two async functions and a .then chain interleaving tick by tick.
const log = [];
async function A() {
  log.push('A1');
  await null;
  log.push('A2');
  await null;
  log.push('A3');
}
async function B() {
  log.push('B1');
  await A();
  log.push('B2 (after awaiting A)');
}
Promise.resolve()
  .then(() => log.push('T1'))
  .then(() => log.push('T2'))
  .then(() => log.push('T3'))
  .then(() => log.push('T4'))
  .then(() => log.push('T5'));
B().then(() => log.push('B resolved'));
log.push('sync');
setTimeout(() => console.log(log.join(' ')), 0);
