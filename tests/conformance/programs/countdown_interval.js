// Interval-driven countdowns with clearInterval, a pause/resume, and a final timeout.
function countdown(label, from, ms) {
  return new Promise((resolve) => {
    let n = from;
    const ticks = [];
    console.log(`${label}: start at ${n}`);
    const id = setInterval(() => {
      n--;
      ticks.push(n);
      console.log(`${label}: ${n}`);
      if (n === 0) {
        clearInterval(id);
        console.log(`${label}: liftoff`);
        resolve(ticks);
      }
    }, ms);
  });
}

async function main() {
  const t = await countdown('solo', 3, 2);
  console.log('solo ticks', t);
  // A's ticks are far apart so that B's four 1 ms ticks end first even on a slow machine.
  const [a, b] = await Promise.all([countdown('A', 2, 250), countdown('B', 4, 1)]);
  console.log('A', a, 'B', b);

  let count = 0;
  const stopper = setInterval(() => {
    count++;
    console.log('self-stopping tick', count);
    if (count === 3) clearInterval(stopper);
  }, 1);
  const never = setInterval(() => console.log('never printed'), 1);
  clearInterval(never);
  const neverTimeout = setTimeout(() => console.log('never printed either'), 1);
  clearTimeout(neverTimeout);
  setTimeout(() => console.log('final timeout after the stopper, count =', count), 250);
}
main().then(() => console.log('main resolved (timers still pending)'));
