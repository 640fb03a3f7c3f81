// cycles.js -- cyclic garbage (peak memory): 1,000,000 iterations, each
// creating an object whose property points to itself and a closure that
// captures its own scope (the object holds the closure, the closure's scope
// holds the object). Everything becomes garbage at the end of the iteration.
var made = 0;
var checksum = 0;

function makeCycle(i) {
  var node = { id: i };
  node.self = node;
  node.again = function () {
    return node.self.id;
  };
  return node;
}

for (var i = 0; i < 1000000; i++) {
  var n = makeCycle(i);
  made++;
  if (i % 1000 === 0) {
    checksum = (checksum + n.again()) % 1000000007;
  }
}
console.log('made=' + made + ' checksum=' + checksum);
