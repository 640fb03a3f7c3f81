// %o inspects with hidden properties and four levels deep
console.log('%o', { a: 1 });
console.log('%o', [1, 2]);
console.log('%o', []);
console.log('%o', [, 1]);
console.log('%o', [[1, 2], { a: [3] }]);
console.log('%o', 'str', 42);
console.log('%o', -0);
console.log('%o', { a: 'x', b: null, c: undefined });
console.log('%o', { a: { b: { c: { d: { e: 1 } } } } });
console.log('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log('%o', Object.defineProperty({}, 'hid', { value: 1, enumerable: false }));
console.log('%o', Object.defineProperty([1], 'hid', { value: 2, enumerable: false }));
console.log('%o', new String('ab'));
console.log('%o', new Number(3));
console.log('%o', new Map([[1, { a: 1 }]]), new Set([1, 2]));
console.log('%o', Object.create(null));
