// article: a promise then runs before a setTimeout 0 that was queued earlier
setTimeout(() => {
  console.log('timeout');
}, 0);
Promise.resolve().then(() => {
  console.log('promise');
});
console.log('sync');
