// Async arrows keep lexical `this`; async functions get default/rest params and destructuring.
const counter = {
  count: 0,
  incLater(times) {
    const run = async () => {
      for (let i = 0; i < times; i++) {
        await null;
        this.count++;
        console.log('count', this.count);
      }
      return this.count;
    };
    return run();
  },
};
async function withParams({ a, b = 2 } = {}, ...rest) {
  await null;
  return `a=${a} b=${b} rest=${JSON.stringify(rest)}`;
}
const asyncIIFE = (async (x) => x ** 2)(9);

counter.incLater(3).then(async (n) => {
  console.log('final', n);
  console.log(await withParams({ a: 1 }, 'x', 'y'));
  console.log(await withParams());
  console.log(await withParams({ a: 0, b: null }));
  console.log('iife', await asyncIIFE);
  console.log(withParams.length, (async () => {}).length, withParams.name);
});
