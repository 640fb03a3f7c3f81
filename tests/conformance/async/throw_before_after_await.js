// Throwing before vs after the first await: both reject the returned promise, never throw synchronously.
async function early() {
  console.log('early: body runs synchronously');
  throw new Error('early boom');
}
async function late() {
  console.log('late: before await');
  await null;
  console.log('late: after await');
  throw new TypeError('late boom');
}
let p1, p2;
try {
  p1 = early();
  console.log('no synchronous throw from early(), got', typeof p1.then);
  p2 = late();
  console.log('no synchronous throw from late()');
} catch (e) {
  console.log('unexpected sync catch', e.message);
}
p1.catch((e) => console.log('p1 rejected:', e.name + ': ' + e.message));
p2.then(
  () => console.log('p2 fulfilled?!'),
  (e) => console.log('p2 rejected:', e.name + ': ' + e.message)
);
console.log('end of script');
