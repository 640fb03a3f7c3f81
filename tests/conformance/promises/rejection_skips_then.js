// rejections skip then-callbacks without a rejection handler until a catch
Promise.reject(new Error('E'))
  .then(() => console.log('skipped 1'))
  .then(function () { console.log('skipped 2'); return 5; })
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('after catch', v));
