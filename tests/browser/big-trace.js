// A large trace for the page's speed test (.ci/run): thousands of steps, with the microtask
// queue, the Web APIs and the callback queue each holding hundreds of entries at once.
let sum = 0;
for (let i = 0; i < 1200; i++) {
  Promise.resolve(i).then((v) => {
    sum += v;
  });
  if (i % 12 === 0) {
    setTimeout(() => {
      sum += 1;
    }, i % 7);
  }
}
for (let i = 0; i < 300; i++) {
  if (i % 50 === 0) console.error('note ' + i);
  console.log('line ' + i);
}
setTimeout(() => console.log('sum', sum), 10);
