// deep_recursion.js -- deep stacks: recursion to depth 5,000, repeated
// 1,500 times (7.5M calls in total, never more than 5,000 frames deep).
function down(n, acc) {
  if (n === 0) {
    return acc;
  }
  return down(n - 1, (acc + n) % 1000003) + 1;
}

var total = 0;
for (var r = 0; r < 1500; r++) {
  total = (total + down(5000, r)) % 1000000007;
}
console.log('total=' + total);
