// Awaiting non-promise values of every type returns them unchanged (one tick later).
async function main() {
  const vals = [undefined, null, 0, -0, NaN, '', 'str', true, [1, 2], { a: 1 }, Symbol('s'), () => 1];
  for (const v of vals) {
    const got = await v;
    console.log(typeof got, Object.is(got, v), got);
  }
  const nested = await Promise.resolve(Promise.resolve(Promise.resolve('unwrapped')));
  console.log(nested);
  const objWithThenProp = await { then: undefined, ok: 1 };
  console.log(objWithThenProp);
  let getterCalls = 0;
  const tricky = {
    get then() {
      getterCalls++;
      return undefined;
    },
  };
  await tricky;
  console.log('then getter read', getterCalls, 'time(s)');
}
main();
