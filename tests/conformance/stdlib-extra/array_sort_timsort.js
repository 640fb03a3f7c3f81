// Long arrays: the comparator sees the same calls as in node (V8's TimSort: runs, merges,
// galloping), so logging, counting and inconsistent comparators all agree.
let seed = 4242;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
function check(label, method, arr, cmp) {
  let calls = 0;
  let hash = 0;
  const out = arr.slice()[method]((a, b) => {
    calls++;
    hash = (hash * 31 + a * 7 + b) % 1000000007;
    return cmp(a, b);
  });
  console.log(label, method, arr.length, calls, hash, out.slice(0, 10).join(','), out.slice(-5).join(','));
}
for (const n of [64, 65, 127, 128, 300, 1000, 2500]) {
  const r = Array.from({ length: n }, () => rand(1000));
  check('random', 'sort', r, (a, b) => a - b);
  check('random', 'toSorted', r, (a, b) => a - b);
  check('few values', 'sort', Array.from({ length: n }, () => rand(5)), (a, b) => a - b);
  check('boolean cmp', 'toSorted', r, (a, b) => a > b);
  check('descending', 'sort', r, (a, b) => b - a);
  check('presorted', 'sort', r.slice().sort((a, b) => a - b), (a, b) => a - b);
  check('runs', 'sort', Array.from({ length: n }, (_, i) => (i % 37) * 3 + rand(3)), (a, b) => a - b);
  check('sawtooth', 'toSorted', Array.from({ length: n }, (_, i) => (i % 200 < 100 ? i % 200 : 200 - (i % 200))), (a, b) => a - b);
  check('random cmp', 'sort', r, () => rand(3) - 1);
  check('NaN cmp', 'sort', r, () => NaN);
  check('mostly sorted', 'sort', Array.from({ length: n }, (_, i) => (rand(10) < 8 ? i : rand(n))), (a, b) => a - b);
}
const people = Array.from({ length: 150 }, (_, i) => ({ name: 'p' + i, age: 20 + rand(10) }));
const byAge = people.toSorted((a, b) => a.age - b.age);
console.log(byAge.slice(0, 12).map((p) => p.name + ':' + p.age).join(' '));
console.log(byAge.every((p, i) => i === 0 || byAge[i - 1].age < p.age || (byAge[i - 1].age === p.age && +byAge[i - 1].name.slice(1) < +p.name.slice(1))));
try {
  let k = 0;
  Array.from({ length: 100 }, (_, i) => i).sort(() => { if (++k === 150) throw new Error('stop at 150'); return -1; });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
