// async_await.js -- 400,000 awaits in a loop, each on an async call that itself awaits:
// two coroutine suspensions and two promise jobs per iteration.
async function step(i) {
  await null;
  return i;
}
async function main() {
  let sum = 0;
  for (let i = 0; i < 400000; i++) sum += await step(i);
  console.log('sum=' + sum);
}
main();
