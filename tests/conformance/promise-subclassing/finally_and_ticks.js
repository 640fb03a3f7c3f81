// finally with a species constructor: the callback's result is resolved through
// PromiseResolve(C, result), so C is constructed for the then-callback's promise too.
// Also: the tick order of a subclass chain is the same as Promise's.
const events = [];
class Counting extends Promise {
  constructor(executor) {
    events.push('construct');
    super(executor);
  }
}
const start = Counting.resolve('value');
events.length = 0;
const f = start.finally(() => {
  events.push('onFinally');
  return 'ignored';
});
console.log('sync:', events.splice(0), f instanceof Counting);
f.then((v) => console.log('finally passed on', v, events.splice(0)));

const rejected = Counting.reject(new Error('kept'));
events.length = 0;
rejected.finally(() => {
  events.push('onFinally (rejected)');
}).catch((e) => console.log('reason kept:', e.message, events.splice(0)));

// onFinally that returns a promise delays, and its rejection overrides.
Counting.resolve(1)
  .finally(() => Promise.reject(new Error('override')))
  .catch((e) => console.log('overridden by', e.message));

// A non-callable onFinally is passed to then as both handlers.
const thenArgs = Promise.prototype.finally.call({
  then(a, b) {
    return [a, b];
  },
}, 42);
console.log(thenArgs);
const wrapped = Promise.prototype.finally.call({
  then(a, b) {
    return [typeof a, typeof b, a.length, b.length, a.name === '', b.name === ''];
  },
}, () => {});
console.log(wrapped);
// finally and catch Invoke `then`: its absence is an error named as V8 names it.
for (const thisValue of [{}, { then: 5 }, { then: 'x' }, { then: null }, 1, 'str']) {
  for (const method of ['catch', 'finally']) {
    try {
      Promise.prototype[method].call(thisValue, () => {});
    } catch (e) {
      console.log(method, JSON.stringify(thisValue), e.constructor.name, e.message);
    }
  }
}
try {
  Promise.prototype.catch.call(undefined);
} catch (e) {
  console.log(e.message);
}

// Interleaving: a subclass chain and a plain chain advance one tick at a time together.
const order = [];
Counting.resolve(0)
  .then(() => order.push('sub 1'))
  .then(() => order.push('sub 2'))
  .finally(() => order.push('sub finally'))
  .then(() => order.push('sub 3'));
Promise.resolve(0)
  .then(() => order.push('plain 1'))
  .then(() => order.push('plain 2'))
  .finally(() => order.push('plain finally'))
  .then(() => order.push('plain 3'));
Counting.all([Counting.resolve('a'), 'b']).then((v) => order.push(`sub all ${v}`));
Promise.all([Promise.resolve('a'), 'b']).then((v) => order.push(`plain all ${v}`));
setTimeout(() => console.log(order));
