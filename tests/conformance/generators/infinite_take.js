// Infinite generators consumed lazily with a take helper and manual iteration.
function* naturals(start = 0) {
  let n = start;
  while (true) yield n++;
}
function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* take(n, it) {
  let i = 0;
  for (const x of it) {
    if (i++ >= n) return;
    yield x;
  }
}
function* cycle(arr) { while (true) yield* arr; }
console.log([...take(5, naturals(10))]);
console.log([...take(15, fibonacci())].join(','));
console.log([...take(7, cycle(['r', 'g', 'b']))].join(''));
const nat = naturals();
console.log(nat.next().value, nat.next().value, nat.next().value);
console.log([...take(3, nat)], 'then', nat.next());
let firstBig;
for (const f of fibonacci()) if (f > 1000) { firstBig = f; break; }
console.log('first fibonacci > 1000:', firstBig);
console.log(Array.from(take(4, (function* () { for (const n of naturals()) if (n % 2 === 0) yield n; })())));
