// nesting: promise -> timer -> promise -> timer
Promise.resolve().then(function () {
  console.log('p1');
  setTimeout(function () {
    console.log('t from p1');
    Promise.resolve().then(function () {
      console.log('p from t');
      setTimeout(() => console.log('t from p from t'), 0);
    });
  }, 0);
});
setTimeout(() => console.log('t top-level'), 0);
console.log('sync');
