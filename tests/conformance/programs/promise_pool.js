// Promise pool: run async tasks with a concurrency limit and report order of start/finish.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  let active = 0;
  let maxActive = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const index = next++;
      active++;
      maxActive = Math.max(maxActive, active);
      console.log(`worker ${id} starts task ${index} (active=${active})`);
      try {
        results[index] = { ok: true, value: await tasks[index]() };
      } catch (err) {
        results[index] = { ok: false, reason: err.message };
      }
      active--;
      console.log(`worker ${id} finished task ${index} (active=${active})`);
    }
    console.log(`worker ${id} idle`);
  }
  const workers = [];
  for (let i = 0; i < limit; i++) workers.push(worker(i));
  await Promise.all(workers);
  return { results, maxActive };
}

// Finish times are hundreds of ms apart where tasks on different workers race.
const durations = [600, 4, 200, 4, 400, 4, 4];
const tasks = durations.map((ms, i) => async () => {
  await sleep(ms);
  if (i === 4) throw new Error(`task ${i} exploded`);
  return i * i;
});

// start from inside a timer callback so every worker begins on the same event-loop turn
setTimeout(() => pool(tasks, 3).then(({ results, maxActive }) => {
  console.log('max concurrency observed:', maxActive);
  results.forEach((r, i) => {
    console.log(i, r.ok ? `value ${r.value}` : `error "${r.reason}"`);
  });
  const sum = results.filter((r) => r.ok).reduce((a, r) => a + r.value, 0);
  console.log('sum of values:', sum);
  console.log(results);
}), 0);
