// past depth 2 objects show as [Object], arrays as [Array]
console.log({ l1: { l2: { l3: { l4: 1 } } } });
console.log({ l1: { l2: { l3: [1] } } });
console.log([[[[1]]]], [[[[]]]]);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
console.log({ a: [{ b: { c: 1 } }] });
console.log({ m: { n: { o: new Map([[1, 2]]), p: new Set([1]) } } });
function F() { this.v = 1; }
console.log({ a: { b: { c: new F() } } });
console.log({ a: { b: { c: Object.create(null) } } });
console.log({ a: { b: { c: function named() {} } } });
