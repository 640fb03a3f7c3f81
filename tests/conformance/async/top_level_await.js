// Top-level await in a plain .js file: node 20 detects it and runs the file as an ES module.
console.log('start');
const value = await Promise.resolve(41);
console.log('awaited value + 1 =', value + 1);
const delayed = await new Promise((r) => setTimeout(() => r('timer result'), 5));
console.log(delayed);
for (const x of [1, 2]) {
  console.log('loop', x, await x * 10);
}
console.log('typeof this at top level:', typeof this);
console.log('done');
