// Seeded LCG random generator driving a dice game simulation and a shuffle; fully deterministic.
class LCG {
  constructor(seed) { this.state = seed >>> 0; }
  next() {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 4294967296;
  }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick(arr) { return arr[this.int(0, arr.length - 1)]; }
  shuffle(arr) {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

const rng = new LCG(42);
console.log('first raw values:', [rng.next(), rng.next(), rng.next()].map((x) => x.toFixed(6)).join(' '));
console.log('state now', rng.state);

const players = ['ann', 'bob', 'cy'].map((name) => ({ name, score: 0, rolls: [] }));
for (let round = 1; round <= 5; round++) {
  const line = [];
  for (const p of players) {
    const a = rng.int(1, 6), b = rng.int(1, 6);
    const pts = a === b ? (a + b) * 2 : a + b;
    p.score += pts;
    p.rolls.push(`${a}${b}`);
    line.push(`${p.name}=${a}+${b}${a === b ? '!' : ''}`);
  }
  console.log(`round ${round}: ${line.join(' ')}`);
}
const ranking = [...players].sort((x, y) => y.score - x.score);
ranking.forEach((p, i) => console.log(`${i + 1}. ${p.name.padEnd(4)} ${String(p.score).padStart(3)}  ${p.rolls.join(',')}`));

const hist = new Array(6).fill(0);
const r2 = new LCG(7);
for (let i = 0; i < 6000; i++) hist[r2.int(1, 6) - 1]++;
console.log('histogram:', hist, 'sum', hist.reduce((a, b) => a + b));
console.log('within 10%:', hist.every((h) => Math.abs(h - 1000) < 100));
const deck = [];
for (const s of ['S', 'H']) for (const r of ['A', 'K', 'Q', 'J']) deck.push(r + s);
console.log('shuffled:', new LCG(1).shuffle(deck).join(' '));
console.log('same seed same shuffle:', new LCG(1).shuffle(deck).join() === new LCG(1).shuffle(deck).join());
console.log('pick:', Array.from({ length: 5 }, () => rng.pick(['red', 'green', 'blue'])));
console.log(Math.imul(0xffffffff, 5), -1 >>> 0, (2 ** 32 + 5) | 0);
