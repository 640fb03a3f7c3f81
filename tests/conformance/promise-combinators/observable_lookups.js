// the combinators call Promise.resolve and each element's then through ordinary lookups
var calls = [];
var original = Promise.resolve;
Promise.resolve = function (v) { calls.push('resolve ' + v); return original.call(Promise, v); };
var p = Promise.resolve(0);
p.then = function (a, b) { calls.push('custom then'); return Promise.prototype.then.call(this, a, b); };
Promise.all([p, 1]).then(function (v) { console.log(v, calls.join('; ')); });
Promise.resolve = original;
var thenable = { then: function (res) { console.log('thenable then called'); res('from thenable'); } };
Promise.race([thenable]).then(function (v) { console.log(v); });
try { Promise.all.call(undefined, []); } catch (e) { console.log(e.name + ': ' + e.message); }
