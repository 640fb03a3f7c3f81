// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory` and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// A Map whose entries are never deleted grows until the heap limit.
console.log('filling a map');
const cache = new Map();
for (let i = 0; ; i++) cache.set('key ' + i, { id: i, name: 'entry number ' + i });
