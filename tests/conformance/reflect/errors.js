// Reflect's TypeErrors, with node's messages.
class Foo {}
const attempts = [
  () => Reflect.apply(1),
  () => Reflect.apply({}),
  () => Reflect.apply('s'),
  () => Reflect.apply(undefined),
  () => Reflect.apply(null),
  () => Reflect.apply(true),
  () => Reflect.apply(-0),
  () => Reflect.apply(Symbol('x')),
  () => Reflect.apply([1, 2]),
  () => Reflect.apply(new Foo()),
  () => Reflect.apply(new Error('boom')),
  () => Reflect.apply(Object.create(null)),
  () => Reflect.apply(new Map()),
  () => Reflect.apply(Promise.resolve()),
  () => Reflect.apply(Math),
  () => Reflect.apply(new Number(3)),
  () => Reflect.apply({ toString() { return 'custom'; } }),
  () => Reflect.apply(function () {}),
  () => Reflect.apply(function () {}, null, 1),
  () => Reflect.apply(Math.max, null, 'ab'),
  () => Reflect.construct(1),
  () => Reflect.construct({}),
  () => Reflect.construct(() => 1, []),
  () => Reflect.construct(Math.max, []),
  () => Reflect.construct(function () {}),
  () => Reflect.construct(function () {}, 1),
  () => Reflect.construct(function () {}, [], 1),
  () => Reflect.construct(function () {}, [], undefined),
  () => Reflect.construct(function () {}, [], {}),
  () => Reflect.construct(function () {}, 1, 1),
  () => Reflect.construct(Foo, [], () => {}),
  () => Reflect.construct(Symbol, []),
  () => Reflect.defineProperty(1, 'a', {}),
  () => Reflect.defineProperty({}, 'a', 1),
  () => Reflect.defineProperty({}, 'a'),
  () => Reflect.defineProperty({}, 'a', { get: 1 }),
  () => Reflect.defineProperty({}, 'a', { set: {} }),
  () => Reflect.defineProperty({}, 'a', { get() {}, value: 1 }),
  () => Reflect.deleteProperty(1, 'a'),
  () => Reflect.get(1, 'a'),
  () => Reflect.get(),
  () => Reflect.get('str', 'length'),
  () => Reflect.getOwnPropertyDescriptor(1, 'a'),
  () => Reflect.getPrototypeOf(1),
  () => Reflect.getPrototypeOf(null),
  () => Reflect.has(1, 'a'),
  () => Reflect.isExtensible(1),
  () => Reflect.ownKeys(1),
  () => Reflect.ownKeys(Symbol()),
  () => Reflect.preventExtensions(1),
  () => Reflect.set(1, 'a', 1),
  () => Reflect.setPrototypeOf(1, {}),
  () => Reflect.setPrototypeOf({}, 1),
  () => Reflect.setPrototypeOf({}, -0),
  () => Reflect.setPrototypeOf({}),
  () => Reflect.setPrototypeOf({}, 'x'),
  () => Reflect.setPrototypeOf(undefined, 'x'),
  () => new Reflect.get({}, 'a'),
  () => new Reflect.apply(function () {}, null, []),
  () => new Reflect(),
  () => Reflect(),
];
for (const attempt of attempts) {
  try {
    console.log(String(attempt), '->', attempt());
  } catch (e) {
    console.log(String(attempt), '=>', `${e.constructor.name}: ${e.message}`);
  }
}
// The target is checked before the key is converted, the key before anything else.
const key = { toString() { console.log('key converted'); return 'k'; } };
try {
  Reflect.get(1, key);
} catch (e) {
  console.log(e.message);
}
try {
  Reflect.defineProperty({}, key, 1);
} catch (e) {
  console.log(e.message);
}
try {
  Reflect.get({}, { toString() { throw new RangeError('from toString'); } });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Errors thrown by the function called propagate unchanged.
try {
  Reflect.apply(function () { throw new SyntaxError('inner'); }, null, []);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Reflect.get({ get boom() { throw new EvalError('getter'); } }, 'boom');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Reflect.set({ set boom(v) { throw new URIError(`setter ${v}`); } }, 'boom', 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// An uncaught one.
Reflect.get(null, 'x');
