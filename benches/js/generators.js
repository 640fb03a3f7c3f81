// generators.js -- suspension cost: a generator yielding 10,000,000 values into for…of,
// each step a switch into the generator's coroutine and back.
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
let sum = 0;
for (const x of range(10000000)) sum += x;
console.log('sum=' + sum);
