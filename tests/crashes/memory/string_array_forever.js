// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// An array of distinct strings grows until the heap limit.
console.log('collecting lines');
const lines = [];
for (let i = 0; ; i++) lines.push(('line ' + i + ' ').repeat(8));
