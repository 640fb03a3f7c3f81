// JSON.stringify replacer functions (holder as this, key and value) and property-list arrays
console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, function (k, v) { return typeof v === 'number' ? v * 2 : v; }));
var keys = [];
JSON.stringify({ a: { b: 1 } }, function (k, v) { keys.push(JSON.stringify(k)); return v; });
console.log(keys.join(' '));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c', 'a']));
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify({ a: 1 }, function (k, v) { return k === '' ? v : undefined; }));
