// Promise.withResolvers (ES2024). node 20 lacks it, so the expected output comes from this
// spec-conforming stand-in; minnow has it built in and must behave the same.
if (!Promise.withResolvers) {
  Object.defineProperty(Promise, 'withResolvers', {
    value: function withResolvers() {
      let resolve, reject;
      const promise = new this((res, rej) => { resolve = res; reject = rej; });
      return { promise, resolve, reject };
    },
    writable: true, enumerable: false, configurable: true,
  });
}
const a = Promise.withResolvers();
console.log(Object.keys(a), a.promise instanceof Promise, typeof a.resolve, typeof a.reject);
a.promise.then((v) => console.log('a fulfilled with', v));
a.resolve('first');
a.resolve('second');
a.reject(new Error('ignored'));
const b = Promise.withResolvers();
b.promise.catch((e) => console.log('b rejected:', e.message));
b.reject(new Error('nope'));
const c = Promise.withResolvers();
c.promise.then((v) => console.log('c adopted', v));
c.resolve(Promise.resolve('inner'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
console.log('sync', a.promise);
