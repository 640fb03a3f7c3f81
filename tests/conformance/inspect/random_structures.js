// random nested values (a fixed seed) exercise line breaking, grouping, depth and cycles together
let seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; }
const words = ['a', 'bb', 'ccc', 'dddd', 'hello world', 'x'.repeat(15), 'y'.repeat(30), "it's", 'q"q', 'key-x', '', 'line\nbreak', 'z'.repeat(50)];
const pool = [];
function gen(d) {
  const t = rnd(d > 4 ? 4 : 12);
  if (t === 0) return rnd(1000) - 500;
  if (t === 1) return words[rnd(words.length)];
  if (t === 2) return [null, undefined, true, false, -0, 1.5, NaN, function f() {}, () => 1][rnd(9)];
  if (t === 3) return rnd(100000) / 7;
  if (t <= 6) { const n = rnd(t === 6 ? 40 : 9); const a = []; for (let i = 0; i < n; i++) a.push(gen(d + 1)); if (rnd(5) === 0) delete a[0]; pool.push(a); return a; }
  if (t === 7) { const m = new Map(); const n = rnd(6); for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1)); return m; }
  if (t === 8) { const m = new Set(); const n = rnd(12); for (let i = 0; i < n; i++) m.add(gen(d + 1)); return m; }
  if (t === 9 && pool.length) { return pool[rnd(pool.length)]; }
  const o = {}; const n = rnd(9); for (let i = 0; i < n; i++) o[words[rnd(words.length)] + i] = gen(d + 1); pool.push(o);
  if (rnd(6) === 0) o.self = o;
  return o;
}
for (let i = 0; i < 5; i++) { pool.length = 0; console.log(gen(0)); }
