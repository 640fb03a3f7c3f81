// Promise.race and Promise.any with async functions, including AggregateError when all reject.
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
async function main() {
  console.log('race:', await Promise.race([wait(100, 'slow'), wait(2, 'fast')]));
  try {
    await Promise.race([wait(100, 'slow'), wait(2, 'fast-fail', true)]);
  } catch (e) {
    console.log('race rejected:', e.message);
  }
  console.log('any:', await Promise.any([wait(2, 'a-fail', true), wait(50, 'b-ok'), wait(150, 'c-ok')]));
  try {
    await Promise.any([wait(1, 'x', true), Promise.reject(new TypeError('y')), wait(50, 'z', true)]);
  } catch (e) {
    console.log(e.name, e.constructor.name, e instanceof Error, e.errors.map((x) => x.message));
    console.log(e.message);
  }
  try {
    await Promise.any([]);
  } catch (e) {
    console.log('any([]):', e.name, e.errors);
  }
  const never = Promise.race([]);
  const result = await Promise.race([never, wait(1, 'race with pending-forever')]);
  console.log(result);
  console.log('race of plain values:', await Promise.race([1, 2]), await Promise.race(['x', Promise.resolve('y')]));
}
main();
