// objects and arrays nested deeper than depth 2 are shown as [Object] / [Array]
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log([[[[1]]]]);
console.log({ a: [{ b: [1] }] });
console.log([{ a: { b: { c: 1 } } }]);
