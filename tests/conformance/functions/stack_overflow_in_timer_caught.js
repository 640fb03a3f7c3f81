// stack overflow inside a timer callback can be caught there, and later timers still run
setTimeout(function () {
  function r() { return r() + 1; }
  try {
    r();
  } catch (e) {
    console.log('in timer:', e instanceof RangeError, e.message);
  }
}, 0);
setTimeout(() => console.log('next timer'), 0);
