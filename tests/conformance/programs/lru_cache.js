// LRU cache class built on Map insertion order, with hit/miss statistics and eviction callback.
class LRUCache {
  constructor(capacity, onEvict = () => {}) {
    this.capacity = capacity;
    this.map = new Map();
    this.onEvict = onEvict;
    this.hits = 0;
    this.misses = 0;
  }
  get(key) {
    if (!this.map.has(key)) {
      this.misses++;
      return undefined;
    }
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    this.hits++;
    return value;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      const v = this.map.get(oldest);
      this.map.delete(oldest);
      this.onEvict(oldest, v);
    }
    return this;
  }
  get size() {
    return this.map.size;
  }
  get hitRate() {
    const total = this.hits + this.misses;
    return total === 0 ? 0 : this.hits / total;
  }
  toString() {
    return `LRU(${[...this.map.keys()].join(' > ')})`;
  }
}

const evicted = [];
const cache = new LRUCache(3, (k, v) => {
  evicted.push(k);
  console.log(`  evict ${k}=${v}`);
});
const ops = ['set a 1', 'set b 2', 'set c 3', 'get a', 'set d 4', 'get b', 'get c', 'set e 5', 'set a 10', 'get d', 'get a', 'get e'];
for (const op of ops) {
  const [cmd, key, val] = op.split(' ');
  if (cmd === 'set') {
    cache.set(key, Number(val));
    console.log(`${op.padEnd(9)} -> ${cache}`);
  } else {
    const v = cache.get(key);
    console.log(`${op.padEnd(9)} -> ${v === undefined ? 'miss' : v} ${cache}`);
  }
}
console.log('size', cache.size, 'hits', cache.hits, 'misses', cache.misses);
console.log('hit rate', cache.hitRate.toFixed(3));
console.log('evicted', evicted);

// memoise an expensive function through the cache
let computed = 0;
const fibCache = new LRUCache(50);
function fib(n) {
  if (n < 2) return n;
  const hit = fibCache.get(n);
  if (hit !== undefined) return hit;
  computed++;
  const v = fib(n - 1) + fib(n - 2);
  fibCache.set(n, v);
  return v;
}
console.log('fib(40) =', fib(40), 'computed', computed, 'cache size', fibCache.size);
