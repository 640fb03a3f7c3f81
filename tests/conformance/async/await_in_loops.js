// await inside for, for...of and while loops: each iteration waits; two loops interleave tick by tick.
const order = [];
const step = (label) => Promise.resolve().then(() => order.push(label));
async function sequentialFor() {
  for (let i = 0; i < 3; i++) await step(`for ${i}`);
  order.push('for done');
}
async function sequentialForOf() {
  for (const x of ['a', 'b', 'c']) {
    const v = await Promise.resolve(x.toUpperCase());
    order.push(`of ${v}`);
  }
  order.push('of done');
}
async function withWhile() {
  let n = 3;
  while (n > 0) {
    n = await Promise.resolve(n - 1);
    order.push(`while ${n}`);
  }
}
async function main() {
  await Promise.all([sequentialFor(), sequentialForOf()]);
  order.push('--');
  await withWhile();
  console.log(order.join('\n'));
}
main();
