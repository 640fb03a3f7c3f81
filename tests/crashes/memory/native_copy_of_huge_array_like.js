// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// A built-in copying an array-like of 2^32 - 1 elements calls no JavaScript: each element
// read is a safe point, so the heap limit stops it (without that, only the address-space
// limit did, as `System memory exhausted`).
console.log('copying');
Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 }, 0, 0);
