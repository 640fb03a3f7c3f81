// article quiz: the promise executor runs synchronously, resolve() doesn't stop it
console.log('start');
setTimeout(() => {
  console.log('setTimeout');
}, 0);
new Promise((resolve) => {
  console.log('promise executor');
  resolve('resolved');
  console.log('after resolve');
}).then((res) => {
  console.log(res);
});
console.log('end');
