// Promise.all keeps input order regardless of settlement order and rejects with the first rejection
function later(v, ms, fail) {
  return new Promise(function (res, rej) { setTimeout(function () { (fail ? rej : res)(v); }, ms); });
}
Promise.all([later('slow', 30), later('fast', 5), 'plain']).then(function (v) { console.log('all', v.join(',')); });
Promise.all([later('a', 20), later('boom', 10, true), later('late-fail', 15, true)]).then(null, function (e) { console.log('rejected with', e); });
Promise.all('xy').then(function (v) { console.log('string', v); });
