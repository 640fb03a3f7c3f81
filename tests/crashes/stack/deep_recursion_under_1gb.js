// Deep JavaScript recursion under a 1 GB address-space limit: the native stack grows on demand
// (no gigabyte reserved up front), and a runaway recursion ends in a catchable RangeError.
function sum(n) {
  return n === 0 ? 0 : n + sum(n - 1);
}

function runaway(n) {
  return runaway(n + 1) + 1;
}

console.log(sum(9000));
try {
  runaway(0);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(sum(9000));
