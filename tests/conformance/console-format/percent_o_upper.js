// %O inspects like console.log does, two levels deep
console.log('%O', { a: 1 });
console.log('%O', [1, 2]);
console.log('%O', 'str');
console.log('%O', function f() {});
console.log('%O', { f() {} });
console.log('%O', { a: { b: { c: { d: { e: 1 } } } } });
console.log('%O and %O', -0, [-0]);
console.log('value: %O!', { list: [1, 2, 3], nested: { ok: true } });
