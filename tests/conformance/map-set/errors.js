// TypeErrors: calling without new, bad entries, non-iterables, wrong receivers, bad callbacks
const tries = [
  () => Map(),
  () => Set(),
  () => new Map(5),
  () => new Map([1]),
  () => new Map({}),
  () => new Set(5),
  () => new Map().forEach(),
  () => new Set().forEach(42),
  () => Map.prototype.get.call({}, 1),
  () => Set.prototype.add.call([], 1),
  () => Map.prototype.set.call(new Set(), 1, 2),
  () => Set.prototype.has.call(new Map(), 1),
];
for (let i = 0; i < tries.length; i++) {
  try {
    console.log(tries[i]());
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
console.log(new Map(null), new Map(undefined), new Map([[1]]), new Map([['a', 1, 2]]));
const callbacks = ['x', null, {}, true, [], 1.5];
for (let i = 0; i < callbacks.length; i++) {
  try {
    new Set([1]).forEach(callbacks[i]);
  } catch (e) {
    console.log(e.message);
  }
}
const receivers = ['x', null, undefined, 1, true, Object.create(null), new Set()];
for (let i = 0; i < receivers.length; i++) {
  try {
    Map.prototype.get.call(receivers[i]);
  } catch (e) {
    console.log(e.message);
  }
}
