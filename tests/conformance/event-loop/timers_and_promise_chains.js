// promise chains started in one timer complete before the following timer, even if long
setTimeout(function () {
  console.log('timeout 1');
  Promise.resolve()
    .then(() => console.log('t1 then 1'))
    .then(() => console.log('t1 then 2'))
    .then(() => console.log('t1 then 3'));
}, 0);
setTimeout(function () {
  console.log('timeout 2');
  Promise.resolve().then(() => console.log('t2 then 1'));
}, 0);
Promise.resolve().then(() => console.log('main then'));
