// arrays.js -- array push/index/pop: ~10M operations on growing and
// shrinking arrays.
var a = [];
var total = 0;
for (var round = 0; round < 16; round++) {
  for (var i = 0; i < 200000; i++) {
    a.push(i * 3 + round);
  }
  for (var j = 0; j < a.length; j += 7) {
    a[j] = a[j] + 1;
    total = (total + a[j]) % 1000000007;
  }
  while (a.length > 50000) {
    total = (total + a.pop()) % 1000000007;
  }
}
var b = [];
for (var k = 0; k < 400000; k++) {
  b.push(k);
  b[k] = b[k] * 2;
}
for (var m = 0; m < b.length; m++) {
  total = (total + b[m]) % 1000000007;
}
console.log('total=' + total + ' len=' + a.length + ',' + b.length);
