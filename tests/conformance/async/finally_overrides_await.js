// Rejection inside catch still runs finally; a return in finally overrides a throw; nested try around await.
const fail = (msg) => Promise.reject(new Error(msg));
const log = (...a) => console.log(...a);
async function d() {
  try {
    await fail('d1');
  } catch (e) {
    log('d: caught', e.message);
    await fail('d2 from catch');
  } finally {
    log('d: finally');
  }
}
async function e() {
  try { throw new Error('e1'); } finally { return 'finally overrides'; }
}
async function f() {
  try {
    try { await fail('inner'); } finally { log('f: inner finally'); }
  } catch (err) {
    log('f: outer catch', err.message);
    return 'f recovered';
  }
}
(async () => {
  for (const fn of [d, e, f]) {
    try { log(fn.name, '=>', await fn()); } catch (err) { log(fn.name, 'threw', err.message); }
  }
})();
