// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// Numbers need no heap cell of their own: only the element vector grows, so the limit must be
// checked at every loop iteration, not only when objects are created.
console.log('pushing numbers');
const numbers = [];
for (let i = 0; ; i++) numbers.push(i);
