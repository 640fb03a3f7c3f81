// 100,000 async calls waiting at once, resumed later: a waiting call once kept a megabyte of
// native stack reserved (100 GB for all of them).
let open;
const gate = new Promise((resolve) => {
  open = resolve;
});

async function wait(i) {
  const step = await gate;
  return i * step;
}

const calls = [];
for (let i = 0; i < 100000; i++) calls.push(wait(i));
setTimeout(() => open(2), 0);
Promise.all(calls).then((results) => {
  console.log(results.length, results[0], results[99999]);
});
