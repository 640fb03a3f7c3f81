// closures.js -- closure creation and calls: 1.5M closures created (each
// capturing a loop value and an outer counter); every 10th one is called,
// and a ring of 1000 survivors is called again at the end.
var calls = 0;

function makeAdder(k) {
  return function (x) {
    calls++;
    return x + k;
  };
}

var keep = [];
var sum = 0;
for (var i = 0; i < 1500000; i++) {
  var add = makeAdder(i % 1000);
  if (i % 10 === 0) {
    sum = (sum + add(i)) % 1000000007;
  }
  if (i < 1000) {
    keep.push(add);
  } else {
    keep[i % 1000] = add;
  }
}
for (var j = 0; j < keep.length; j++) {
  sum = (sum + keep[j](j)) % 1000000007;
}
console.log('sum=' + sum + ' calls=' + calls);
