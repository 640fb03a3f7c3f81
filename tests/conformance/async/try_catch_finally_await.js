// try/catch/finally around await: catch returns, finally runs before rejection propagates, finally can await.
const fail = (msg) => Promise.reject(new Error(msg));
const log = (...a) => console.log(...a);
async function a() {
  try {
    log('a: try');
    await fail('a1');
    log('a: unreachable');
  } catch (e) {
    log('a: catch', e.message);
    return 'from catch';
  } finally {
    log('a: finally');
  }
}
async function b() {
  try { return await fail('b1'); } finally { log('b: finally runs before rejection propagates'); }
}
async function c() {
  try {
    return 'try value';
  } finally {
    await null;
    log('c: finally awaited');
  }
}
(async () => {
  for (const fn of [a, b, c]) {
    try { log(fn.name, '=>', await fn()); } catch (err) { log(fn.name, 'threw', err.message); }
  }
})();
