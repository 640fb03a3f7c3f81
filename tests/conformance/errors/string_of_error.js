// String(e) is "name: message", or just the name when the message is empty
console.log(String(new Error('boom')));
console.log(String(new TypeError('bad type')));
console.log(String(new RangeError()));
console.log('' + new ReferenceError('ref'));
var e = new Error('custom');
e.name = 'MyError';
console.log(String(e));
try { null.x; } catch (err) { console.log(String(err)); }
