// timers.js -- timer throughput: 200,000 setTimeout callbacks with delays
// 0..10 ms; the last one to fire prints the count and an order-independent
// checksum.
var N = 200000;
var fired = 0;
var sum = 0;

function schedule(id) {
  setTimeout(function () {
    fired++;
    sum = (sum + id) % 1000000007;
    if (fired === N) {
      console.log('fired=' + fired + ' sum=' + sum);
    }
  }, id % 11);
}

for (var i = 0; i < N; i++) {
  schedule(i);
}
