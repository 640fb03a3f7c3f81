// let vs var bindings captured by async callbacks inside loops.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const out = [];
async function main() {
  const lets = [];
  for (let i = 0; i < 3; i++) lets.push(sleep(1).then(() => `let ${i}`));
  const vars = [];
  for (var j = 0; j < 3; j++) vars.push(sleep(1).then(() => `var ${j}`));
  out.push(...(await Promise.all(lets)), ...(await Promise.all(vars)));
  const fns = [];
  for (const name of ['a', 'b']) {
    fns.push(async () => {
      await null;
      return name.toUpperCase();
    });
  }
  out.push(...(await Promise.all(fns.map((f) => f()))));
  let shared = 0;
  await Promise.all([1, 2, 3].map(async (n) => {
    const before = shared;
    await null;
    shared = before + n;
  }));
  out.push(`lost updates: shared = ${shared}`);
  console.log(out);
}
main();
