// %s inspects objects whose toString is a built-in one, but only one level deep
console.log('%s', { a: 1 });
console.log('%s', { a: { b: { c: 1 } } });
console.log('%s', [1, 2, 3]);
console.log('%s', [1, [2, [3, [4]]]]);
console.log('%s', [1, 'a', { b: 2 }]);
console.log('%s', ['a\nb']);
console.log('%s', Object.create(null));
console.log('%s', new Map([[1, { x: 1 }]]));
console.log('%s', new Set([[1]]));
console.log('%s', new Number(3), new String('x'));
console.log('%s', Promise.resolve(4));
console.log('%s:%s', 'k', { a: { b: 1 } });
function P() { this.a = { deep: true }; }
console.log('%s', new P());
