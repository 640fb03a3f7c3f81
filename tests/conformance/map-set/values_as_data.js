// Maps and sets as everyday data structures: counting, grouping, dedup and callbacks
const words = 'the cat and the hat and the bat'.split(' ');
const counts = new Map();
words.forEach(w => counts.set(w, (counts.get(w) || 0) + 1));
console.log(counts);
const byLength = new Map();
words.forEach(w => {
  if (!byLength.has(w.length)) byLength.set(w.length, new Set());
  byLength.get(w.length).add(w);
});
console.log(byLength);
const unique = [];
new Set(words).forEach(w => unique.push(w.toUpperCase()));
console.log(unique.join(','));
const fns = new Map([['double', x => x * 2], ['square', function sq(x) { return x * x; }]]);
console.log(fns.get('double')(21), fns.get('square')(5), fns);
