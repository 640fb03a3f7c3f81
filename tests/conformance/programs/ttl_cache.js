// Cache with per-entry TTL expiry driven by setTimeout; reads happen at fixed points on a timeline.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class TTLCache {
  constructor() {
    this.data = new Map();
    this.expired = [];
  }
  set(key, value, ttl) {
    const old = this.data.get(key);
    if (old) clearTimeout(old.timer);
    const timer = setTimeout(() => {
      this.data.delete(key);
      this.expired.push(key);
      console.log(`  [expire] ${key}`);
    }, ttl);
    this.data.set(key, { value, timer, ttl });
  }
  get(key) {
    const e = this.data.get(key);
    return e ? e.value : undefined;
  }
  delete(key) {
    const e = this.data.get(key);
    if (!e) return false;
    clearTimeout(e.timer);
    return this.data.delete(key);
  }
  snapshot() {
    return Object.fromEntries([...this.data].map(([k, e]) => [k, `${JSON.stringify(e.value)} (ttl ${e.ttl})`]));
  }
}

async function main() {
  await sleep(0);
  // all checkpoints are scheduled up front, before any cache timers exist
  const [at10, at30, at48] = [10, 30, 48].map((ms) => sleep(ms));
  const cache = new TTLCache();
  cache.set('session', { user: 'ann' }, 20);
  cache.set('token', 'abc', 40);
  cache.set('temp', 1, 2);
  cache.set('doomed', 'x', 25);
  console.log('t=0');
  console.log('delete doomed:', cache.delete('doomed'), 'delete again:', cache.delete('doomed'));
  console.log(cache.snapshot());
  await at10;
  console.log('t~10', cache.snapshot());
  cache.set('session', { user: 'ann', refreshed: true }, 50);
  await at30;
  console.log('t~30', cache.snapshot(), 'temp:', cache.get('temp'));
  await at48;
  console.log('t~48', cache.snapshot());
  console.log('expired order:', cache.expired, 'size', cache.data.size);
}
main();
