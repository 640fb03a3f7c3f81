// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// fill on an array-like writes every index through Set: each write is a safe point.
console.log('filling');
Array.prototype.fill.call({ length: 2 ** 32 - 1 }, 0);
