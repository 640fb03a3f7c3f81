// Reflect.get and Reflect.set: receivers, accessors along the prototype chain, and the
// boolean result of a write.
const proto = {
  get who() { return this.name; },
  set who(v) { this.log = `set ${v} on ${this.name}`; },
  fixed: 'proto value',
};
Object.defineProperty(proto, 'ro', { value: 1, writable: false });
const obj = Object.create(proto);
obj.name = 'obj';
const other = { name: 'other' };

console.log(Reflect.get(obj, 'who'));
console.log(Reflect.get(obj, 'who', other));
console.log(Reflect.get(obj, 'fixed', other));
console.log(Reflect.get(obj, 'missing'));
console.log(Reflect.get([10, 20, 30], 1), Reflect.get([10, 20], 'length'));
console.log(Reflect.get(new String('abc'), 2), Reflect.get(new String('abc'), 'length'));
const sym = Symbol('s');
console.log(Reflect.get({ [sym]: 'by symbol' }, sym));
// ToPropertyKey on the key.
console.log(Reflect.get({ 12: 'twelve' }, { toString() { return '12'; } }));
// A getter called with a primitive receiver.
const g = { get kind() { 'use strict'; return typeof this; } };
console.log(Reflect.get(g, 'kind', 42), Reflect.get(g, 'kind', 'str'));

console.log(Reflect.set(obj, 'who', 'A'), obj.log);
console.log(Reflect.set(obj, 'who', 'B', other), other.log, obj.log);
// A data property is created on the receiver, not on the target.
const target = { x: 1 };
const receiver = {};
console.log(Reflect.set(target, 'x', 2, receiver), target.x, receiver.x);
console.log(Object.getOwnPropertyDescriptor(receiver, 'x'));
// The receiver's own property keeps its attributes.
const rec2 = {};
Object.defineProperty(rec2, 'x', { value: 0, writable: true, enumerable: false, configurable: false });
console.log(Reflect.set(target, 'x', 5, rec2), Object.getOwnPropertyDescriptor(rec2, 'x'));
// Refusals are false, not errors.
console.log(Reflect.set(obj, 'ro', 2), obj.ro);
const frozen = Object.freeze({ a: 1 });
console.log(Reflect.set(frozen, 'a', 2), Reflect.set(frozen, 'b', 2), frozen);
console.log(Reflect.set({ get only() { return 1; } }, 'only', 2));
console.log(Reflect.set(target, 'x', 3, 7), Reflect.set(target, 'y', 3, 'str'));
const roReceiver = Object.defineProperty({}, 'x', { value: 1, writable: false });
console.log(Reflect.set(target, 'x', 3, roReceiver));
const accReceiver = { get x() { return 1; }, set x(v) { console.log('not called'); } };
console.log(Reflect.set(target, 'x', 3, accReceiver));
console.log(Reflect.set(Object.preventExtensions({}), 'n', 1));
// Arrays: elements and length.
const arr = [1, 2, 3];
console.log(Reflect.set(arr, 5, 'five'), arr);
console.log(Reflect.set(arr, 'length', 2), arr);
const ro = Object.defineProperty([1, 2], 'length', { writable: false });
console.log(Reflect.set(ro, 'length', 5), Reflect.set(ro, 2, 'x'), ro);
// A setter receives the receiver as `this` and the value.
const box = { set v(x) { this.seen = [this === box ? 'box' : 'other', x]; } };
const dst = {};
console.log(Reflect.set(box, 'v', 9, dst), dst.seen, box.seen);
// Symbols.
const t = {};
console.log(Reflect.set(t, sym, 'sym'), t[sym]);
