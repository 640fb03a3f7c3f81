// %s calls a toString written in JavaScript: own, inherited from a user prototype, or from a
// constructor's prototype
console.log('%s', { toString() { return 'own'; } });
function P() {}
P.prototype.toString = function () { return 'from P.prototype'; };
console.log('%s', new P());
console.log('%s', Object.create({ toString() { return 'inherited'; } }));
console.log('%s', Object.create({ x: 1 }));
const noFn = { a: 1, toString: 5 };
console.log('%s', noFn);
const [a, b] = [{ toString: () => 'A' }, { toString: () => 'B' }];
console.log('%s-%s', a, b);
console.log('%s', { toString: Object.prototype.toString });
try {
  console.log('%s', { toString() { throw new Error('toString failed'); } });
} catch (e) {
  console.log('caught:', e.message);
}
