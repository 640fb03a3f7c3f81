// setTimeout ordering by delay and insertion, with promise work between timers (started from a timer).
// Delays are far apart so a busy machine cannot reorder timers created one after another.
const log = [];
setTimeout(() => {
  setTimeout(() => log.push('t100'), 100);
  setTimeout(() => log.push('t0-a'), 0);
  setTimeout(() => {
    log.push('t0-b');
    Promise.resolve().then(() => log.push('micro after t0-b'));
    setTimeout(() => log.push('t0 scheduled from t0-b'), 0);
  }, 0);
  setTimeout(() => log.push('t0-c'), 0);
  setTimeout(() => log.push('t240'), 240);
  const id = setTimeout(() => log.push('cancelled'), 5);
  Promise.resolve().then(() => clearTimeout(id));
  setTimeout((a, b) => log.push(`args ${a} ${b}`), 120, 'x', 'y');
  (async () => {
    await new Promise((r) => setTimeout(r, 180));
    log.push('async woke at ~180');
  })();
  setTimeout(() => console.log(log.join('\n')), 300);
}, 0);
