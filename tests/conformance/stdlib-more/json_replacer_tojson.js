// JSON.stringify with replacer functions/arrays, indentation strings, toJSON, and parse revivers.
const data = {
  name: 'widget',
  price: 9.5,
  tags: ['a', 'b'],
  secret: 'hide me',
  nested: { keep: 1, drop: undefined, fn() {} },
  when: { toJSON(key) { return `toJSON called with key "${key}"`; } },
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, ['name', 'tags', 'nested', 'keep']));
console.log(JSON.stringify(data, (k, v) => (k === 'secret' ? undefined : typeof v === 'number' ? v * 2 : v), 2));
console.log(JSON.stringify([undefined, () => 1, Symbol('s'), NaN, -0, Infinity]));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, '--'));
console.log(JSON.stringify('quote " and \\ and \n'), JSON.stringify(null), JSON.stringify(undefined));
const revived = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) {
  if (typeof v === 'number') return v * 100;
  return v;
});
console.log(revived);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, v) => {
  order.push(k === '' ? '(root)' : k);
  return v;
});
console.log(order.join(' '));
