// cycles through errors, arrays with extra keys, Maps, Sets and grouped arrays
const e = new Error('x'); e.stack = 'E'; e.self = e; console.log(e);
const a = [1, 2]; a.push(a); a.me = a; console.log(a);
const m = new Map([['k', 'v'.repeat(60)]]); m.set('self', m); console.log(m);
const big = Array.from({length: 30}, (_, i) => i); big.push(big); console.log(big);
const o = {}; o.a = {b: {c: o}}; console.log(o);
const p = {}; p.x = [p, p]; console.log([p, p]);
const q = {name: 'q'}; const r = {name: 'r', q}; q.r = r; const z = {q, r}; console.log(z);
console.log('%o', (() => { const w = {}; w.w = w; return w; })());
const s = new Set(); s.add(s); s.add('x'.repeat(70)); console.log(s);
