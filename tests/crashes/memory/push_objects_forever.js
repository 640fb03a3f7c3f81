// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// An array of fresh objects grows until the heap limit: node's fatal report, not an abort.
console.log('filling the heap');
const objects = [];
while (true) objects.push({});
