// the executor runs synchronously during new Promise; then-callbacks never run synchronously
console.log('start');
var p = new Promise(function (resolve) {
  console.log('executor');
  resolve('x');
  console.log('after resolve');
});
p.then((v) => console.log('then', v));
console.log('end');
