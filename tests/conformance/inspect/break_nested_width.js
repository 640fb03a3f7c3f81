// the same boundary for an object nested one and two levels deep
for (let n = 60; n <= 80; n += 2) {
  console.log({ outer: { k: 'y'.repeat(n - 30), z: 2 } });
}
for (let n = 40; n <= 64; n += 3) {
  console.log({ a: { b: { c: 'z'.repeat(n - 20) } } });
}
