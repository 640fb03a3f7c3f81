// Promise.withResolvers: basic resolve/reject from outside the executor (polyfilled on node 20).
if (!Promise.withResolvers) {
  const { withResolvers } = {
    withResolvers() {
      let resolve, reject;
      const promise = new this((res, rej) => { resolve = res; reject = rej; });
      return { promise, resolve, reject };
    },
  };
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, writable: true, configurable: true });
}

const { promise, resolve, reject } = Promise.withResolvers();
console.log(typeof resolve, typeof reject, promise instanceof Promise);
promise.then((v) => console.log('resolved with', v));
console.log('before resolve');
resolve('hello');
resolve('ignored second resolve');
reject(new Error('ignored reject'));
console.log('after resolve (then not yet run)');

const r2 = Promise.withResolvers();
r2.promise.catch((e) => console.log('rejected:', e.name + ': ' + e.message));
r2.reject(new RangeError('out of range'));

const r3 = Promise.withResolvers();
console.log(Object.keys(r3), Promise.withResolvers.name, Promise.withResolvers.length);
r3.resolve(Promise.resolve('adopted inner promise'));
r3.promise.then((v) => console.log(v));
console.log(Object.keys(Promise).includes('withResolvers'), typeof Promise.withResolvers);
