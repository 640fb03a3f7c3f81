// Tick counts: a counter advanced by a promise chain shows when each await continuation runs.
let tick = 0;
const log = (what) => console.log(`tick ${tick}: ${what}`);
(function count(n) { if (n > 0) Promise.resolve().then(() => { tick++; count(n - 1); }); })(12);
const thenable = { then(res) { res('thenable value'); } };
async function plain() { log('plain start'); await 1; log('after await value'); }
async function native() { await Promise.resolve(2); log('after await native promise'); }
async function viaThenable() { const v = await thenable; log('after await thenable: ' + v); }
async function returnsValue() { return 1; }
async function returnsPromise() { return Promise.resolve(1); }
async function returnsAwaited() { return await Promise.resolve(1); }
async function throwsEarly() { throw new Error('early'); }
async function throwsLate() { await null; throw new Error('late'); }
plain(); native(); viaThenable();
returnsValue().then(() => log('return v settled'));
returnsPromise().then(() => log('return p settled'));
returnsAwaited().then(() => log('return await p settled'));
throwsEarly().catch((e) => log('caught ' + e.message));
throwsLate().catch((e) => log('caught ' + e.message));
log('sync end');
