// node differs: node walks all 4294967295 indices of this array for forEach, for-in, map,
// indexOf and join and never finishes; minnow visits the two elements it has (the same
// callbacks, keys and results node would give) and answers at once.
const b = [];
b[4294967294] = 'last';
b[0] = 'first';
b.forEach((v, i) => console.log('forEach', i, v));
for (const k in b) console.log('for-in', k);
const m = b.map((v) => v.toUpperCase());
console.log('map', m.length, Object.keys(m), m[4294967294]);
console.log('indexOf', b.indexOf('last'), b.indexOf('nothing'));
console.log('join', b.join('').length, b.join('').slice(0, 5));
try {
  b.join();
} catch (e) {
  console.log(`join: ${e.name}: ${e.message}`);
}
console.log('filter', b.filter(() => true));
console.log('reverse', b.reverse(), b[0], b[4294967294]);
console.log('every', b.every((v) => typeof v === 'string'));
