// Lazy generator pipeline (range/map/filter/take/chunk) with a trace showing evaluation order.
const trace = [];
function* range(start, end = Infinity, step = 1) {
  for (let i = start; i < end; i += step) {
    trace.push(`r${i}`);
    yield i;
  }
}
function* map(it, fn) {
  for (const x of it) yield fn(x);
}
function* filter(it, pred) {
  for (const x of it) if (pred(x)) yield x;
}
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}
function* chunk(it, size) {
  let buf = [];
  for (const x of it) {
    buf.push(x);
    if (buf.length === size) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length) yield buf;
}
class Pipe {
  constructor(it) { this.it = it; }
  static of(it) { return new Pipe(it); }
  map(fn) { return new Pipe(map(this.it, fn)); }
  filter(fn) { return new Pipe(filter(this.it, fn)); }
  take(n) { return new Pipe(take(this.it, n)); }
  chunk(n) { return new Pipe(chunk(this.it, n)); }
  [Symbol.iterator]() { return this.it[Symbol.iterator](); }
  toArray() { return [...this]; }
}

const squaresOfOdds = Pipe.of(range(1)).filter((x) => x % 2 === 1).map((x) => x * x).take(5).toArray();
console.log(squaresOfOdds);
console.log('pulled from range:', trace.join(' '));
trace.length = 0;

const chunks = Pipe.of(range(0, 11)).map((x) => x * 10).chunk(4).toArray();
console.log(chunks);
console.log('pulled:', trace.length);
trace.length = 0;

const lazy = Pipe.of(range(100)).map((x) => {
  trace.push(`m${x}`);
  return x + 1;
});
console.log('nothing pulled yet:', trace.length);
const it = lazy[Symbol.iterator]();
console.log(it.next(), it.next());
console.log('trace:', trace.join(','));

let sum = 0;
for (const x of Pipe.of(range(1)).filter((n) => n % 3 === 0)) {
  if (x > 30) break;
  sum += x;
}
console.log('sum of multiples of 3 up to 30:', sum);
const primes = Pipe.of(range(2)).filter((n) => {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
});
console.log('first 12 primes:', [...take(primes, 12)].join(' '));
console.log('empty take:', [...take(range(0), 0)], 'trace length', trace.length);
