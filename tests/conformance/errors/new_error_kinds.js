// AggregateError (errors array, message, cause), EvalError and URIError
var e = new AggregateError([1, 2], 'msg', { cause: 3 });
console.log(e.name, e.message, e.errors, e.cause, Object.keys(e), e instanceof Error, e instanceof AggregateError);
console.log(AggregateError.length, Object.getOwnPropertyNames(e).join(','));
console.log(AggregateError('ab').errors, AggregateError([]).message === '');
try { new AggregateError(5); } catch (x) { console.log(x.name + ': ' + x.message); }
var u = new URIError('u');
console.log(u.name, String(u), String(new EvalError('z')), EvalError.name);
console.log(Object.getPrototypeOf(URIError) === Error, Object.getPrototypeOf(AggregateError.prototype) === Error.prototype);
