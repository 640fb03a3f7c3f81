// PromiseResolve reads a promise's `constructor`: an error from it is thrown by
// Promise.resolve, and by `await` into the async function at the `await`.
const poisoned = Promise.resolve('never seen');
Object.defineProperty(poisoned, 'constructor', {
  get() {
    throw new Error('constructor getter');
  },
});
try {
  Promise.resolve(poisoned);
} catch (e) {
  console.log('Promise.resolve threw:', e.message);
}
async function awaits() {
  console.log('before await');
  try {
    await poisoned;
    console.log('not reached');
  } catch (e) {
    console.log('await threw:', e.message);
  }
  const v = await 'plain';
  console.log('after:', v);
  return 'done';
}
awaits().then((v) => console.log('async result', v));
console.log('after the call');

// A promise whose constructor is not Promise is wrapped, not returned.
const foreign = Promise.resolve('inner');
foreign.constructor = Object;
const wrapped = Promise.resolve(foreign);
console.log(wrapped === foreign);
wrapped.then((v) => console.log('wrapped settles with', v));
// And returned when its constructor is `this`.
class Sub extends Promise {}
const s = Sub.resolve(1);
console.log(Sub.resolve(s) === s, Promise.resolve(s) === s);
Object.defineProperty(s, 'constructor', { value: Promise });
console.log(Promise.resolve(s) === s);

// When the capability's resolve throws at the end of Promise.all, the combined promise is
// rejected instead (and the iterator, already done, is not closed).
let returnCalls = 0;
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { done: true }; },
      return() { returnCalls += 1; return {}; },
    };
  },
};
function ThrowingResolve(executor) {
  return new Promise((_, reject) => {
    executor(() => { throw new Error('resolve threw'); }, (e) => {
      console.log('rejected with', e.message);
      reject(e);
    });
  });
}
ThrowingResolve.resolve = Promise.resolve;
Promise.all.call(ThrowingResolve, iterable).catch(() => console.log('handled'));
console.log('return calls', returnCalls);
// Promise.any: the AggregateError at the end reaches reject once; a throw from it escapes.
function ThrowingReject(executor) {
  return new Promise((resolve) => {
    executor(resolve, (e) => {
      console.log('reject called with', e.constructor.name, e.errors);
      throw new Error('reject threw');
    });
  });
}
ThrowingReject.resolve = Promise.resolve;
try {
  Promise.any.call(ThrowingReject, []);
} catch (e) {
  console.log('Promise.any threw', e.message);
}
