// Round-robin cooperative scheduling of several generator "tasks".
function* task(name, steps) {
  for (let i = 1; i <= steps; i++) {
    const msg = yield `${name} step ${i}/${steps}`;
    if (msg) console.log(`  ${name} got message: ${msg}`);
  }
  return `${name} finished`;
}
const tasks = [task('A', 3), task('B', 1), task('C', 2)];
const queue = tasks.map((g, id) => ({ g, id }));
let round = 0;
const results = [];
while (queue.length) {
  round++;
  const { g, id } = queue.shift();
  const r = g.next(round % 3 === 0 ? `round ${round}` : undefined);
  if (r.done) {
    results.push(r.value);
    console.log(`round ${round}: task ${id} done -> ${r.value}`);
  } else {
    console.log(`round ${round}: ${r.value}`);
    queue.push({ g, id });
  }
}
console.log(results);
