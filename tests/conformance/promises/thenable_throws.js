// a thenable whose then throws rejects, unless it already called resolve
var throwsFirst = { then() { throw new TypeError('then failed'); } };
var resolvesFirst = { then(res) { res('ok'); throw new Error('ignored'); } };
Promise.resolve(throwsFirst).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e.name, e.message)
);
Promise.resolve(resolvesFirst).then((v) => console.log('fulfilled', v), (e) => console.log('rejected', e.message));
