// Token-bucket rate limiter: requests above the limit are queued and released by a refill timer.
class RateLimiter {
  constructor(capacity, refillMs) {
    this.tokens = capacity;
    this.capacity = capacity;
    this.refillMs = refillMs;
    this.waiting = [];
    this.timer = null;
    this.refills = 0;
  }
  acquire(label) {
    if (this.tokens > 0) {
      this.tokens--;
      console.log(`${label}: immediate (tokens left ${this.tokens})`);
      return Promise.resolve(label);
    }
    console.log(`${label}: queued (position ${this.waiting.length + 1})`);
    this.startRefill();
    return new Promise((resolve) => this.waiting.push({ label, resolve }));
  }
  startRefill() {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      this.refills++;
      this.tokens = Math.min(this.capacity, this.tokens + 1);
      console.log(`  refill #${this.refills} -> tokens ${this.tokens}`);
      while (this.tokens > 0 && this.waiting.length) {
        const { label, resolve } = this.waiting.shift();
        this.tokens--;
        console.log(`  release ${label} (remaining queue ${this.waiting.length})`);
        resolve(label);
      }
      if (this.waiting.length === 0) {
        clearInterval(this.timer);
        this.timer = null;
        console.log('  refill timer stopped');
      }
    }, this.refillMs);
  }
}

async function main() {
  const limiter = new RateLimiter(2, 5);
  const order = [];
  const requests = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) =>
    limiter.acquire(id).then((label) => {
      order.push(label);
      console.log(`handled ${label}`);
    })
  );
  await Promise.all(requests);
  console.log('order:', order.join(','));
  console.log('tokens after burst:', limiter.tokens, 'refills:', limiter.refills);
  await limiter.acquire('late');
  console.log('timer active?', limiter.timer !== null);
}
main().then(() => console.log('done'));
