// `return p` vs `return await p` vs returning a value: resolution tick of the outer promise.
let tick = 0;
const log = [];
let chain = Promise.resolve();
for (let i = 0; i < 8; i++) chain = chain.then(() => { tick++; });

const inner = () => Promise.resolve('inner');
async function plainValue() { return 'plain'; }
async function returnPromise() { return inner(); }
async function returnAwait() { return await inner(); }
async function returnThenable() { return { then(r) { r('thenable'); } }; }

plainValue().then((v) => log.push(`${v} at tick ${tick}`));
returnPromise().then((v) => log.push(`return p -> ${v} at tick ${tick}`));
returnAwait().then((v) => log.push(`return await p -> ${v} at tick ${tick}`));
returnThenable().then((v) => log.push(`${v} at tick ${tick}`));
Promise.resolve(inner()).then((v) => log.push(`Promise.resolve(p) -> ${v} at tick ${tick}`));
new Promise((r) => r(inner())).then((v) => log.push(`new Promise(r => r(p)) -> ${v} at tick ${tick}`));
setTimeout(() => log.forEach((l) => console.log(l)), 0);
