// timers, their microtasks and timers created from those microtasks in order
setTimeout(() => {
  console.log('A');
  Promise.resolve().then(() => {
    console.log('A micro');
    setTimeout(() => console.log('A micro timer'), 0);
  });
}, 0);
setTimeout(() => {
  console.log('B');
  setTimeout(() => console.log('B timer'), 0);
}, 0);
