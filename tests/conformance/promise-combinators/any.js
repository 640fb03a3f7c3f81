// Promise.any: first fulfilment wins; all rejected gives an AggregateError with errors in order
Promise.any([Promise.reject(1), new Promise(function (r) { setTimeout(r, 5, 'late'); }), Promise.reject(2)])
  .then(function (v) { console.log('any', v); });
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(function (e) {
  console.log(e instanceof AggregateError, e.name, e.message, JSON.stringify(e.errors), Object.keys(e).length);
});
Promise.any([]).catch(function (e) { console.log('empty', e.message, e.errors.length); });
