// a throw inside a timer scheduled from a promise callback also exits with status 1
Promise.resolve().then(() => {
  console.log('then');
  setTimeout(() => {
    console.log('inner timer');
    throw new TypeError('late');
  }, 0);
});
setTimeout(() => console.log('outer timer'), 0);
