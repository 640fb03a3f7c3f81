// Generators as stateful producers: ID factory, round-robin, and paging over data.
function* ids(prefix, start = 1) {
  let n = start;
  while (true) {
    const reset = yield `${prefix}-${String(n).padStart(3, '0')}`;
    n = reset ? start : n + 1;
  }
}
const userIds = ids('usr');
const orderIds = ids('ord', 100);
console.log(userIds.next().value, userIds.next().value, orderIds.next().value, userIds.next().value);
console.log('reset ->', userIds.next(true).value, userIds.next().value);
function* pages(items, size) {
  for (let p = 0; p * size < items.length; p++) yield { page: p + 1, items: items.slice(p * size, (p + 1) * size), last: (p + 1) * size >= items.length };
}
for (const page of pages(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)) console.log(page);
const collected = [];
const pager = pages([1, 2, 3, 4], 2);
for (let p = pager.next(); !p.done; p = pager.next()) collected.push(p.value.items.reduce((x, y) => x + y, 0));
console.log(collected);
function* zip(...its) {
  const iters = its.map((x) => x[Symbol.iterator]());
  while (true) {
    const rs = iters.map((x) => x.next());
    if (rs.some((r) => r.done)) return;
    yield rs.map((r) => r.value);
  }
}
console.log([...zip([1, 2, 3], 'ab', ids('z'))]);
