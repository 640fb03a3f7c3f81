// promise_chain.js -- microtask throughput: a 300,000-step promise chain
// built with p = p.then(...) in a loop, then drained by the event loop.
var p = Promise.resolve(0);
for (var i = 0; i < 300000; i++) {
  p = p.then(function (v) {
    return v + 1;
  });
}
p.then(function (v) {
  console.log('final=' + v);
});
