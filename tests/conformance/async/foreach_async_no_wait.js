// forEach with an async callback does not wait; a plain for...of loop does.
const order = [];
async function forEachDoesNotWait() {
  [1, 2, 3].forEach(async (x) => {
    await null;
    order.push(`forEach ${x}`);
  });
  order.push('forEach returned');
}
async function forOfWaits() {
  for (const x of [1, 2, 3]) {
    await null;
    order.push(`for-of ${x}`);
  }
  order.push('for-of returned');
}
async function main() {
  await forEachDoesNotWait();
  order.push('after awaiting forEachDoesNotWait');
  await null;
  await null;
  order.push('two ticks later');
  await forOfWaits();
  order.push('after awaiting forOfWaits');
  console.log(order.join('\n'));
}
main();
