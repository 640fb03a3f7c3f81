// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` (the line minnow prints) and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// Spreading a string makes one string per character, in a loop of its own.
console.log('spreading a string');
const s = 'abcdefgh'.repeat(2 ** 22);
const chars = [...s];
