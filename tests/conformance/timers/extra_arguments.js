// arguments after the delay are passed to the callback
setTimeout(function (a, b, c) {
  console.log(a, b, typeof c);
}, 0, 'x', 'y');
setTimeout((n, o) => console.log(n + 1, o.k), 0, 41, { k: 'v' });
setTimeout(function () { console.log('no extras'); }, 0);
