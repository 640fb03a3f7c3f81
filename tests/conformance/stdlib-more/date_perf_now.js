// Date.now() and performance.now(): only deterministic properties (types, monotonicity, integer-ness).
const d1 = Date.now();
const p1 = performance.now();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const d2 = Date.now();
const p2 = performance.now();
console.log(typeof d1, typeof p1, Number.isInteger(d1));
console.log('Date.now monotonic:', d2 >= d1, 'performance.now monotonic:', p2 >= p1);
console.log('Date.now plausibly after 2020:', d1 > 1577836800000);
console.log('performance.now is small and non-negative:', p1 >= 0 && p1 < 60000);
console.log('loop result', x);
setTimeout(() => {
  const p3 = performance.now();
  console.log('elapsed after 10ms timer is at least 9ms:', p3 - p2 >= 9);
  console.log('elapsed is under 1s:', p3 - p2 < 1000);
}, 10);
const stamps = [];
for (let i = 0; i < 5; i++) stamps.push(performance.now());
console.log('sorted stamps:', stamps.every((s, i) => i === 0 || s >= stamps[i - 1]));
console.log(typeof performance, typeof performance.now, typeof Date.now);
