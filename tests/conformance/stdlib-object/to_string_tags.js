// Object.prototype.toString tags of built-in values
var ts = Object.prototype.toString;
console.log(ts.call([]), ts.call({}), ts.call(function () {}), ts.call(null), ts.call(undefined));
console.log(ts.call(5), ts.call('s'), ts.call(true), ts.call(new Number(1)), ts.call(new Error('e')));
console.log(ts.call(Promise.resolve()), String(Promise.resolve()), ts.call(new AggregateError([])));
