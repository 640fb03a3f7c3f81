// Generator methods in object literals: *name() {} using this, and a computed *[Symbol.iterator]() method.
const obj = {
  items: ['a', 'b', 'c'],
  *entries() {
    for (let i = 0; i < this.items.length; i++) yield [i, this.items[i]];
  },
  *[Symbol.iterator]() {
    yield* this.items;
  },
  ['*weird']: 1,
};
console.log([...obj.entries()]);
console.log([...obj]);
console.log(obj, typeof obj.entries, obj.entries.constructor.name);
