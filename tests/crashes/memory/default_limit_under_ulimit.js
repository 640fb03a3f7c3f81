// node differs: the harness runs node without the 1 GB address-space limit, where this program would grow up to node's default heap limit of several GB; under `ulimit -v 1048576` node prints `FATAL ERROR: Committing semi space failed. Allocation failed - JavaScript heap out of memory` (after GC statistics) and exits 134.
// Without --max-heap-size the default limit (4096 MB) is above the 1 GB address space: the
// system refuses memory first, and that too is reported as heap exhaustion, not an abort.
console.log('filling the address space');
const chunks = [];
for (let i = 0; ; i++) chunks.push(new Array(100000).fill(i));
