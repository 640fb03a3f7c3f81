// A Promise subclass: then/catch/finally derive instances of the subclass through
// Symbol.species; resolve/reject/all/race construct it; the constructor runs once each time.
const log = [];
class Tracked extends Promise {
  constructor(executor) {
    log.push('Tracked ctor');
    super(executor);
  }
}
const a = Tracked.resolve(1);
console.log(a instanceof Tracked, a.constructor === Tracked, log.splice(0));
console.log(Tracked.resolve(a) === a, Promise.resolve(a) === a, log.splice(0));
const b = a.then((v) => v + 1);
console.log(b instanceof Tracked, log.splice(0));
const c = b.catch(() => {});
console.log(c instanceof Tracked, log.splice(0));
const d = c.finally(() => 'ignored');
console.log(d instanceof Tracked, log.splice(0));
const e = Tracked.reject(new Error('no'));
console.log(e instanceof Tracked, log.splice(0));
e.catch((err) => console.log('caught', err.message));
console.log(log.splice(0));
const all = Tracked.all([1, Promise.resolve(2)]);
console.log(all instanceof Tracked, log.splice(0));
all.then((v) => console.log('all', v));
console.log(Tracked.race([3]) instanceof Tracked, Tracked.any([4]) instanceof Tracked,
  Tracked.allSettled([5]) instanceof Tracked, log.splice(0));

// Symbol.species: the getter on Promise returns `this`; a subclass may redirect it.
const desc = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(typeof desc.get, desc.get.name, desc.get.length, desc.set, desc.enumerable, desc.configurable);
console.log(Promise[Symbol.species] === Promise, Tracked[Symbol.species] === Tracked);
console.log(desc.get.call(42), Object.prototype.hasOwnProperty.call(Tracked, Symbol.species));
class Plain extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }
}
const p = Plain.resolve('x');
const q = p.then((v) => v);
console.log(p instanceof Plain, q instanceof Plain, q instanceof Promise);
console.log(p.finally(() => {}) instanceof Plain);

// `constructor` undefined (or a null species) means Promise; anything else not an object
// or a species that is not a constructor is a TypeError.
const r = Promise.resolve(7);
r.constructor = undefined;
console.log(r.then() instanceof Promise);
r.constructor = { [Symbol.species]: null };
console.log(r.then().constructor === Promise);
for (const ctor of [null, 5, 'str', true]) {
  r.constructor = ctor;
  try {
    r.then();
  } catch (err) {
    console.log(String(ctor), err.constructor.name, err.message);
  }
}
for (const species of [5, {}, Math.max, () => {}]) {
  r.constructor = { [Symbol.species]: species };
  try {
    r.then();
  } catch (err) {
    console.log(typeof species, err.constructor.name, err.message);
  }
  try {
    r.finally();
  } catch (err) {
    console.log('finally', err.message);
  }
}
// The species is read once per then, through the constructor.
let reads = 0;
const counted = Promise.resolve(0);
Object.defineProperty(counted, 'constructor', {
  get() {
    reads += 1;
    return Promise;
  },
});
counted.then(() => {});
console.log('constructor reads', reads);
