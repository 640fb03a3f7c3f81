// Awaiting thenables that reject, call both callbacks, throw inside then, or resolve multiple times.
async function tryAwait(label, thenable) {
  try {
    console.log(label, 'resolved ->', await thenable);
  } catch (e) {
    console.log(label, 'rejected ->', e instanceof Error ? e.name + ': ' + e.message : e);
  }
}
async function main() {
  await tryAwait('reject', { then(_, rej) { rej('plain reason'); } });
  await tryAwait('throws', { then() { throw new RangeError('inside then'); } });
  await tryAwait('resolve twice', { then(res) { res(1); res(2); } });
  await tryAwait('resolve then throw', { then(res) { res('first'); throw new Error('ignored'); } });
  await tryAwait('nested thenable', { then(res) { res({ then(r2) { r2('deep'); } }); } });
  await tryAwait('non-function then', { then: 5, other: true });
  await tryAwait('rejected promise', Promise.reject(new SyntaxError('native')));
}
main().then(() => console.log('all done'));
