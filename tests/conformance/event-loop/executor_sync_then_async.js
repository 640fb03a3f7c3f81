// executor code is synchronous; then-callbacks and timers are asynchronous
console.log('A');
setTimeout(() => console.log('B timer'), 0);
new Promise(function (resolve) {
  console.log('C executor');
  resolve();
  console.log('D executor after resolve');
}).then(() => console.log('E then'));
console.log('F');
