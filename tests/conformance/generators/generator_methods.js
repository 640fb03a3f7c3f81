// Generator methods in classes: *[Symbol.iterator], named *method, static *method, and overriding via super.
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  *[Symbol.iterator]() {
    for (let i = this.from; i <= this.to; i++) yield i;
  }
  *reversed() {
    for (let i = this.to; i >= this.from; i--) yield i;
  }
  static *of(...xs) {
    yield* xs;
  }
}
const r = new Range(3, 6);
console.log([...r], [...r.reversed()], [...Range.of('x', 'y')]);
console.log(Math.max(...r), Array.from(r, (x) => x * x));
const iter = r[Symbol.iterator]();
console.log(iter.next(), typeof Range.prototype.reversed, Range.prototype.reversed.constructor.name);
class Evens extends Range {
  *[Symbol.iterator]() {
    for (const x of super[Symbol.iterator]()) if (x % 2 === 0) yield x;
  }
}
console.log([...new Evens(1, 10)]);
