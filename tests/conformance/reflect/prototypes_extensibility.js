// Reflect.getPrototypeOf, setPrototypeOf, isExtensible and preventExtensions.
const a = {};
const b = Object.create(a);
console.log(Reflect.getPrototypeOf(b) === a, Reflect.getPrototypeOf(a) === Object.prototype);
console.log(Reflect.getPrototypeOf(Object.create(null)));
console.log(Reflect.getPrototypeOf([]) === Array.prototype);
console.log(Reflect.getPrototypeOf(Reflect) === Object.prototype);

const p = { greet() { return 'hello'; } };
const o = {};
console.log(Reflect.setPrototypeOf(o, p), o.greet());
console.log(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
// Same prototype again: true even on a non-extensible object.
const fixed = Object.preventExtensions(Object.create(p));
console.log(Reflect.setPrototypeOf(fixed, p));
console.log(Reflect.setPrototypeOf(fixed, {}), Reflect.getPrototypeOf(fixed) === p);
// A cycle is refused with false.
const x = {};
const y = Object.create(x);
console.log(Reflect.setPrototypeOf(x, y), Reflect.setPrototypeOf(x, x));
console.log(Reflect.getPrototypeOf(x) === Object.prototype);

console.log(Reflect.isExtensible({}), Reflect.isExtensible(Object.freeze({})));
console.log(Reflect.isExtensible(Object.seal([])), Reflect.isExtensible(function () {}));
const e = { n: 1 };
console.log(Reflect.preventExtensions(e), Reflect.isExtensible(e));
console.log(Reflect.preventExtensions(e));
e.n = 2;
e.m = 3;
console.log(e, Object.isFrozen(e), Object.isSealed(e));
delete e.n;
console.log(e, Object.isFrozen(e));

// Reflect itself: a plain object with a tag, no constructor, no call.
console.log(typeof Reflect, Object.prototype.toString.call(Reflect), String(Reflect));
console.log(Reflect[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Reflect'));
console.log(Object.getOwnPropertyNames(Reflect));
for (const name of Object.getOwnPropertyNames(Reflect)) {
  const f = Reflect[name];
  const d = Object.getOwnPropertyDescriptor(Reflect, name);
  console.log(name, f.name, f.length, d.writable, d.enumerable, d.configurable,
    Object.prototype.hasOwnProperty.call(f, 'prototype'));
}
console.log(Reflect);
console.log([Reflect], { r: Reflect });
console.log(Object.keys(Reflect));
