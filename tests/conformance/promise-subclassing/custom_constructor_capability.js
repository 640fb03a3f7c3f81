// NewPromiseCapability with a constructor that is not a Promise: the executor it is handed
// records the resolving functions once, both must end up callable, and the statics use them.
function Deferred(executor) {
  console.log('Deferred constructed, executor length', executor.length, 'name', JSON.stringify(executor.name));
  this.settled = 'pending';
  executor(
    (v) => { this.settled = `resolved with ${v}`; },
    (r) => { this.settled = `rejected with ${r}`; },
  );
}
Deferred.resolve = Promise.resolve;

const r = Promise.resolve.call(Deferred, 'value');
console.log(r instanceof Deferred, r.settled);
const j = Promise.reject.call(Deferred, 'reason');
console.log(j.settled);
// A promise whose constructor is C is returned as is.
const native = Promise.resolve(1);
native.constructor = Deferred;
console.log(Promise.resolve.call(Deferred, native) === native);
// Combinators resolve each element through C.resolve and settle through C's functions.
const all = Promise.all.call(Deferred, []);
console.log(all.settled);
const settled = Promise.allSettled.call(Deferred, []);
console.log(settled.settled);
const anyOf = Promise.any.call(Deferred, []);
console.log(anyOf.settled);
const raced = Promise.race.call(Deferred, []);
console.log(raced.settled);

// The executor is a fresh built-in each time: extensible, not a constructor, no prototype.
let seen;
Promise.resolve.call(function (executor) {
  seen = executor;
  executor(() => {}, () => {});
});
console.log(typeof seen, Object.isExtensible(seen), Object.getPrototypeOf(seen) === Object.getPrototypeOf(Math.max),
  Object.prototype.hasOwnProperty.call(seen, 'prototype'), Object.getOwnPropertyNames(seen));
try {
  new seen();
} catch (e) {
  console.log(e.constructor.name);
}

// Errors, with node's messages.
const attempts = {
  'called twice': function (ex) { ex(() => {}, () => {}); ex(() => {}, () => {}); },
  'first call with undefineds is allowed': function (ex) { ex(undefined, undefined); ex(() => {}, () => {}); },
  'resolve only, then again': function (ex) { ex(() => {}); ex(() => {}, () => {}); },
  'never called': function () {},
  'non-callable resolve': function (ex) { ex(1, () => {}); },
  'non-callable reject': function (ex) { ex(() => {}, 'no'); },
  'constructor throws': function () { throw new RangeError('from the constructor'); },
};
for (const [what, C] of Object.entries(attempts)) {
  for (const method of ['resolve', 'reject', 'all', 'race']) {
    try {
      const out = Promise[method].call(C, []);
      console.log(what, method, 'ok', typeof out);
    } catch (e) {
      console.log(what, method, e.constructor.name, e.message);
    }
  }
}
for (const thisValue of [undefined, 1, 'str', {}, () => {}, Math.max]) {
  for (const method of ['resolve', 'reject', 'all', 'allSettled', 'any', 'race']) {
    try {
      Promise[method].call(thisValue, []);
    } catch (e) {
      console.log(method, String(thisValue).slice(0, 20), e.constructor.name, e.message);
    }
  }
}
// `then` on a real promise whose species is a custom constructor.
const base = Promise.resolve('base');
base.constructor = { [Symbol.species]: Deferred };
const derived = base.then((v) => `${v} then`);
console.log(derived instanceof Deferred, derived.settled);
setTimeout(() => console.log('later:', derived.settled));
