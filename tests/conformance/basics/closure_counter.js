// each call of the factory creates an independent closure over its own variable
function makeCounter() {
  let count = 0;
  return {
    inc: function () { count++; return count; },
    get: () => count,
  };
}
var c1 = makeCounter();
var c2 = makeCounter();
c1.inc(); c1.inc(); c1.inc();
c2.inc();
console.log(c1.get(), c2.get());
function adder(x) { return function (y) { return x + y; }; }
var add5 = adder(5);
console.log(add5(1), adder(10)(-3));
