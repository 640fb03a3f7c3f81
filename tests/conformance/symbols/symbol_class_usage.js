// Symbols used for "private-ish" members and protocol hooks in classes.
const kState = Symbol('state');
const kReset = Symbol('reset');
class Counter {
  constructor() {
    this[kState] = { n: 0 };
    this.label = 'counter';
  }
  inc() {
    this[kState].n++;
    return this;
  }
  get value() {
    return this[kState].n;
  }
  [kReset]() {
    this[kState].n = 0;
  }
  static [Symbol.for('factory')]() {
    return new Counter();
  }
}
const c = new Counter().inc().inc();
console.log(c.value, Object.keys(c), JSON.stringify(c));
console.log(c);
c[kReset]();
console.log('after reset', c.value);
const made = Counter[Symbol.for('factory')]();
console.log(made.inc().value, typeof Counter.prototype[kReset]);
console.log(Object.getOwnPropertySymbols(Counter.prototype).map(String));
