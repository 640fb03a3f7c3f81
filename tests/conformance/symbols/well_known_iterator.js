// Symbol.iterator as a well-known symbol: display, use as a method key, and on built-ins.
console.log(Symbol.iterator, typeof Symbol.iterator, Symbol.iterator.description);
console.log(Symbol.iterator.toString(), Symbol.iterator === Symbol.iterator);
console.log(typeof [][Symbol.iterator], typeof ''[Symbol.iterator], typeof new Map()[Symbol.iterator], typeof {}[Symbol.iterator]);
const bag = {
  items: ['x', 'y'],
  [Symbol.iterator]() {
    return this.items[Symbol.iterator]();
  },
};
console.log([...bag], bag);
class Coll {
  constructor() { this.data = [1, 2]; }
  *[Symbol.iterator]() { yield* this.data; }
}
console.log(Object.getOwnPropertyNames(Coll.prototype), Object.getOwnPropertySymbols(Coll.prototype));
console.log([...new Coll()], new Coll());
console.log(Symbol.asyncIterator, Symbol.hasInstance.description, Symbol.toPrimitive.toString());
const arr = [1, 2];
arr[Symbol.iterator] = function* () { yield 'patched'; };
console.log([...arr], arr.length);
