// Async work queue: producers push jobs, a consumer loop awaits them one by one (no for-await).
class AsyncQueue {
  constructor() {
    this.items = [];
    this.waiters = [];
    this.closed = false;
  }
  push(item) {
    if (this.closed) throw new Error('queue closed');
    const w = this.waiters.shift();
    if (w) w.resolve({ value: item, done: false });
    else this.items.push(item);
  }
  close() {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.resolve({ value: undefined, done: true });
  }
  next() {
    if (this.items.length) return Promise.resolve({ value: this.items.shift(), done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiters.push({ resolve }));
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function producer(q, name, jobs) {
  for (const [j, gap] of jobs) {
    await sleep(gap);
    console.log(`${name} pushes ${j}`);
    q.push(`${name}:${j}`);
  }
  console.log(`${name} done`);
}

async function consumer(q, name, results) {
  while (true) {
    const { value, done } = await q.next();
    if (done) break;
    console.log(`  ${name} handles ${value}`);
    results.push(value.toUpperCase());
  }
  console.log(`  ${name} sees close`);
}

async function main() {
  await sleep(0); // begin on a fresh event-loop turn
  const q = new AsyncQueue();
  const results = [];
  q.push('pre:0');
  const c = consumer(q, 'C', results);
  // Gaps between the two producers' pushes are about 100 ms, so a slow machine keeps the order.
  await Promise.all([producer(q, 'P1', [['a', 1], ['b', 1], ['c', 150]]), producer(q, 'P2', [['x', 100], ['y', 150]])]);
  console.log('all producers finished; queued', q.items.length, 'waiters', q.waiters.length);
  q.close();
  await c;
  try {
    q.push('late');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  console.log(results);
  console.log(await q.next());
}
main();
