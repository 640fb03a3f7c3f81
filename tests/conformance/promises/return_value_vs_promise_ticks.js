// returning a native promise from then costs two extra ticks compared with a plain value
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) {
    (function (i) { p = p.then(() => console.log('tick', i)); })(i);
  }
}
ticker(6);
Promise.resolve().then(() => 'plain').then((v) => console.log('plain value arrives'));
Promise.resolve().then(() => Promise.resolve('p')).then((v) => console.log('promise value arrives'));
