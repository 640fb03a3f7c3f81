// Reflect.defineProperty, deleteProperty, getOwnPropertyDescriptor, has and ownKeys.
const o = {};
console.log(Reflect.defineProperty(o, 'a', { value: 1 }));
console.log(Reflect.getOwnPropertyDescriptor(o, 'a'));
// Redefining a non-configurable property is refused with false.
console.log(Reflect.defineProperty(o, 'a', { value: 2 }), o.a);
console.log(Reflect.defineProperty(o, 'a', { value: 1 }));
console.log(Reflect.defineProperty(o, 'a', { enumerable: true }));
let store = 0;
console.log(Reflect.defineProperty(o, 'acc', {
  get() { return store; },
  set(v) { store = v * 2; },
  configurable: true,
}));
o.acc = 21;
console.log(o.acc, Object.keys(Reflect.getOwnPropertyDescriptor(o, 'acc')));
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
console.log(Reflect.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }));
const sym = Symbol('tag');
console.log(Reflect.defineProperty(o, sym, { value: 's', enumerable: true }), o[sym]);
// Arrays: length through ArraySetLength, elements past a read-only length.
const arr = [1, 2, 3];
console.log(Reflect.defineProperty(arr, 'length', { value: 1 }), arr);
console.log(Reflect.defineProperty(arr, 'length', { writable: false }));
console.log(Reflect.defineProperty(arr, 5, { value: 'x' }), arr);
console.log(Reflect.defineProperty(arr, 'length', { value: 4 }));
try {
  Reflect.defineProperty([], 'length', { value: -1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// The descriptor is read in the spec's order (a getter on each field shows it).
const order = [];
const desc = {};
for (const k of ['enumerable', 'configurable', 'value', 'writable', 'get', 'set']) {
  Object.defineProperty(desc, k, {
    get() { order.push(k); return undefined; },
    enumerable: true,
  });
}
try {
  Reflect.defineProperty({}, 'p', desc);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(order.join(','));

console.log(Reflect.getOwnPropertyDescriptor(o, 'missing'));
console.log(Reflect.getOwnPropertyDescriptor([7], 'length'));
console.log(Reflect.getOwnPropertyDescriptor([7], '0'));
console.log(Reflect.getOwnPropertyDescriptor(new String('hi'), '1'));
console.log(Reflect.getOwnPropertyDescriptor(function named() {}, 'name'));

console.log(Reflect.deleteProperty(o, 'acc'), 'acc' in o);
console.log(Reflect.deleteProperty(o, 'a'), o.a);
console.log(Reflect.deleteProperty(o, 'never-there'));
console.log(Reflect.deleteProperty([1, 2], 'length'));
const holes = [1, 2, 3];
console.log(Reflect.deleteProperty(holes, 1), holes);
console.log(Reflect.deleteProperty(Object.seal({ s: 1 }), 's'));

const proto = { inherited: true };
const child = Object.create(proto, { own: { value: 1 } });
console.log(Reflect.has(child, 'own'), Reflect.has(child, 'inherited'), Reflect.has(child, 'nope'));
console.log(Reflect.has([1], 0), Reflect.has([1], 1), Reflect.has([], 'length'));
console.log(Reflect.has(new String('ab'), 1), Reflect.has(new String('ab'), 'charAt'));
console.log(Reflect.has({ [sym]: 1 }, sym));

// ownKeys: integer keys ascending, then strings in creation order, then symbols;
// non-enumerable keys included.
const keyed = { b: 1, 10: 1, a: 1, [Symbol('first')]: 1, 2: 1, [sym]: 1 };
Object.defineProperty(keyed, 'hidden', { value: 1, enumerable: false });
console.log(Reflect.ownKeys(keyed));
console.log(Reflect.ownKeys([5, 6]));
console.log(Reflect.ownKeys(new String('xy')));
// (A strict function: V8 gives sloppy ones own `arguments` and `caller`.)
console.log(Reflect.ownKeys(function f(a, b) { 'use strict'; }));
console.log(Reflect.ownKeys(class K { static s() {} }));
console.log(Reflect.ownKeys(() => {}));
console.log(Reflect.ownKeys(Object.create(null)));
