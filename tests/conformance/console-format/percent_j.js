// %j is JSON.stringify; a cycle prints [Circular]
console.log('%j', { a: [1, 'x'], b: null });
const c = { a: 1 };
c.self = c;
console.log('%j', c);
const d = [1];
d.push({ d });
console.log('%j', d);
console.log('%j', 'str');
console.log('%j', 'a"b');
console.log('%j', undefined);
console.log('%j', function () {});
console.log('%j', [undefined, function () {}]);
console.log('%j', { toJSON() { return 'tj'; } });
console.log('%j', { a: undefined, b: 1 });
console.log('%j %j', 1);
console.log('%j', -0, NaN);
console.log('%j', new Map([[1, 2]]));
try {
  console.log('%j', { toJSON() { throw new TypeError('not circular'); } });
} catch (e) {
  console.log('caught:', e.message);
}
