// Memoised recursive solvers: coin change (min coins + number of ways) and edit distance, Map caches.
function minCoins(coins, amount) {
  const cache = new Map();
  let calls = 0;
  function go(rest) {
    calls++;
    if (rest === 0) return 0;
    if (rest < 0) return Infinity;
    if (cache.has(rest)) return cache.get(rest);
    let best = Infinity;
    for (const c of coins) best = Math.min(best, go(rest - c) + 1);
    cache.set(rest, best);
    return best;
  }
  const r = go(amount);
  return { result: r === Infinity ? -1 : r, calls, cached: cache.size };
}

function countWays(coins, amount) {
  const cache = new Map();
  function go(i, rest) {
    if (rest === 0) return 1;
    if (rest < 0 || i === coins.length) return 0;
    const key = i + ',' + rest;
    if (cache.has(key)) return cache.get(key);
    const v = go(i, rest - coins[i]) + go(i + 1, rest);
    cache.set(key, v);
    return v;
  }
  return go(0, amount);
}

function editDistance(a, b) {
  const memo = new Map();
  function d(i, j) {
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    const key = `${i}:${j}`;
    if (memo.has(key)) return memo.get(key);
    let r;
    if (a[i] === b[j]) r = d(i + 1, j + 1);
    else r = 1 + Math.min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1));
    memo.set(key, r);
    return r;
  }
  return d(0, 0);
}

for (const [coins, amt] of [[[1, 2, 5], 11], [[2], 3], [[1, 5, 10, 25], 63], [[3, 7], 0]]) {
  const r = minCoins(coins, amt);
  console.log(`minCoins(${JSON.stringify(coins)}, ${amt}) =`, r.result, `calls=${r.calls} cached=${r.cached}`);
}
console.log('ways(1,2,5 -> 5):', countWays([1, 2, 5], 5));
console.log('ways(1,5,10,25,50 -> 100):', countWays([1, 5, 10, 25, 50], 100));
const pairs = [['kitten', 'sitting'], ['flaw', 'lawn'], ['', 'abc'], ['same', 'same'], ['intention', 'execution']];
for (const [a, b] of pairs) {
  console.log(`edit(${JSON.stringify(a)}, ${JSON.stringify(b)}) = ${editDistance(a, b)}`);
}
