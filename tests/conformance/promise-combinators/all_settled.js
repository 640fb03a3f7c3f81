// Promise.allSettled reports every outcome in input order
var p = Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('bad')), 3,
  new Promise(function (r) { setTimeout(function () { r('timer'); }, 5); })]);
p.then(function (results) {
  results.forEach(function (r) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message, Object.keys(r).join(','));
  });
});
Promise.allSettled([]).then(function (r) { console.log('empty', r.length); });
