// Object static helpers: assign, freeze/isFrozen, seal, entries ordering, getPrototypeOf, create(null), hasOwn.
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, { a: 3 }, 'xy');
console.log(result === target, target);
const frozen = Object.freeze({ x: 1, inner: { y: 2 } });
frozen.x = 99;
frozen.inner.y = 42;
delete frozen.x;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.inner));
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
sealed.t = 3;
delete sealed.s;
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
const bare = Object.create(null);
bare.k = 'v';
console.log(bare, Object.getPrototypeOf(bare), 'toString' in bare, Object.hasOwn(bare, 'k'));
const proto = { greet() { return 'hi from ' + this.name; } };
const child = Object.create(proto, { name: { value: 'child', enumerable: true } });
console.log(child.greet(), Object.getPrototypeOf(child) === proto, Object.keys(child), child);
console.log(Object.entries({ 2: 'b', 1: 'a', z: 'z', y: 'y' }));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.keys('ab'), Object.values([7, 8]));
try {
  (function () {
    'use strict';
    frozen.x = 5;
  })();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
