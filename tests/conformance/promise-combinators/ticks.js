// tick counts of the combinators against a microtask ticker
var tick = 0;
function ticker(n) { if (n > 0) Promise.resolve().then(function () { tick++; ticker(n - 1); }); }
ticker(12);
function at(label) { return function (v) { console.log(label, 'tick', tick, JSON.stringify(v)); }; }
function err(label) { return function (e) { console.log(label, 'tick', tick, e.name + ': ' + e.message, e.errors ? JSON.stringify(e.errors) : ''); }; }
Promise.all([1, Promise.resolve(2)]).then(at('all'));
Promise.all([]).then(at('all-empty'));
Promise.allSettled([1, Promise.reject(3)]).then(at('allSettled'));
Promise.race([Promise.resolve('a'), 'b']).then(at('race'));
Promise.any([Promise.reject(1), Promise.resolve(2)]).then(at('any'));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(err('any-rejected'));
Promise.any([]).catch(err('any-empty'));
Promise.all([Promise.reject(new Error('no')), 1]).catch(err('all-reject'));
Promise.all(5).catch(err('all-5'));
var thenable = { then: function (r) { r('T'); } };
Promise.all([thenable, new Promise(function (r) { r(Promise.resolve('nested')); })]).then(at('all-thenable'));
Promise.race([]).then(at('race-empty'));
