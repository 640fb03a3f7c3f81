// article: the pre-ES6 IIFE fix captures each var value in its own scope
for (var i = 0; i < 3; i++) {
  (function (j) {
    setTimeout(function () { console.log(j); }, 0);
  })(i);
}
for (var k = 0; k < 3; k++) {
  setTimeout(function (n) { console.log('arg', n); }, 0, k);
}
