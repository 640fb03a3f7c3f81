// Hand-written iterable objects ({ next() } protocol) used by for...of, spread, Array.from, Map/Set, destructuring.
const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let cur = this.from;
    console.log('  [iterator created]');
    return {
      next() {
        if (cur < 0) return { done: true, value: 'ignored' };
        return { done: false, value: cur-- };
      },
    };
  },
};
for (const n of countdown) console.log('for-of', n);
console.log('spread', [...countdown]);
console.log('Array.from', Array.from(countdown, (x) => x * 2));
console.log('Set', new Set(countdown));
const pairs = {
  *[Symbol.iterator]() {
    yield ['one', 1];
    yield ['two', 2];
  },
};
console.log('Map', new Map(pairs));
console.log('Object.fromEntries', Object.fromEntries(pairs));
const [a, b, ...rest] = countdown;
console.log('destructure', a, b, rest);
const noDone = { [Symbol.iterator]: () => ({ i: 0, next() { return this.i < 2 ? { value: this.i++ } : { done: 1 }; } }) };
console.log('truthy done / missing done', [...noDone]);
