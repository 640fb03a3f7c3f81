// Object.keys/values/entries iteration with destructuring, plus fromEntries round-trip.
const scores = { ann: 91, bob: 78, cy: 85, 3: 'numeric key' };
for (const [name, score] of Object.entries(scores)) console.log(`${name} -> ${score}`);
const passed = Object.fromEntries(Object.entries(scores).filter(([, s]) => typeof s === 'number' && s >= 80));
console.log(passed);
const inverted = Object.fromEntries(Object.entries({ a: 'x', b: 'y' }).map(([k, v]) => [v, k]));
console.log(inverted);
console.log(Object.values(scores), Object.keys([4, 5]), Object.entries('hi'));
let total = 0;
for (const v of Object.values({ p: 1, q: 2, r: 3 })) total += v;
console.log('total', total);
const nested = { x: { y: 1 }, z: [1, 2] };
for (const [k, v] of Object.entries(nested)) console.log(k, Array.isArray(v) ? 'array' : typeof v, JSON.stringify(v));
