// Async arrow functions in map + Promise.all: results keep input order even when completion order differs.
const completion = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const inputs = [150, 25, 90, 5];
async function main() {
  const results = await Promise.all(
    inputs.map(async (ms, i) => {
      await sleep(ms);
      completion.push(i);
      return `#${i}:${ms}ms`;
    })
  );
  console.log('results (input order):', results);
  console.log('completion order:', completion);
  const doubled = await Promise.all([1, 2, 3].map(async (x) => x * 2));
  console.log('doubled:', doubled);
  const mixed = await Promise.all([1, Promise.resolve(2), (async () => 3)(), { then: (r) => r(4) }]);
  console.log('mixed:', mixed);
  try {
    await Promise.all([1, 2, 3].map(async (x) => {
      if (x === 2) throw new RangeError(`bad ${x}`);
      return x;
    }));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  const empty = await Promise.all([]);
  console.log('empty:', empty);
}
main();
