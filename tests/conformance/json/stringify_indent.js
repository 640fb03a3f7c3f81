// JSON.stringify indentation with numbers (capped at 10) and strings (first 10 characters)
var v = { a: [1, { b: 2 }, []], c: {}, d: 'x' };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, '--'));
console.log(JSON.stringify([1], null, 20));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''));
