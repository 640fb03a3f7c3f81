// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// Spreading a sparse array of 2^32 - 1 holes steps a built-in iterator that runs no
// JavaScript: each step is a safe point.
console.log('spreading');
const all = [...Array(2 ** 32 - 1)];
