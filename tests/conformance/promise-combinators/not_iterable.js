// the combinators, AggregateError and Object.fromEntries need iterables: array-likes are refused
var o = { length: 1, 0: 'x' };
function f() {}
Promise.all(o).catch(function (e) { console.log('all:', e.name + ': ' + e.message); });
Promise.race(f).catch(function (e) { console.log('race:', e.message); });
Promise.any(true).catch(function (e) { console.log('any:', e.message); });
Promise.allSettled(null).catch(function (e) { console.log('allSettled:', e.message); });
Promise.all(new String('ab')).then(function (v) { console.log('boxed string:', v); });
try { new AggregateError(o); } catch (e) { console.log('AggregateError:', e.message); }
try { Object.fromEntries(o); } catch (e) { console.log('fromEntries:', e.message); }
console.log(Array.from(o), 'sync done');
