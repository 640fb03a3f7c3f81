// JSON.parse with a reviver: bottom-up order, this is the holder, undefined deletes
var order = [];
var r = JSON.parse('{"a":[1,2,{"b":3}],"c":4}', function (k, v) {
  order.push(k === '' ? '(root)' : k);
  if (k === 'c') return undefined;
  return typeof v === 'number' ? v + 1 : v;
});
console.log(JSON.stringify(r), order.join(' '));
