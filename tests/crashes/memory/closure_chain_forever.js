// node differs: --max-heap-size is a minnow flag; node run with --max-old-space-size=64 prints GC statistics, `FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory` and a native stack trace on stderr, and also exits 134 (by SIGABRT).
// Each closure captures the previous one: a chain of closures and scopes that is never garbage.
console.log('chaining closures');
let f = () => 0;
for (let i = 0; ; i++) {
  const g = f, tag = 'link ' + i;
  f = () => g() + tag.length;
}
