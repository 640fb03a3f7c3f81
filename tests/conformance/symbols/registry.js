// Global symbol registry: Symbol.for / Symbol.keyFor and comparison with local symbols.
const a = Symbol.for('app.key');
const b = Symbol.for('app.key');
const local = Symbol('app.key');
console.log(a === b, a === local, a.description, local.description);
console.log(Symbol.keyFor(a), Symbol.keyFor(local), Symbol.keyFor(Symbol.iterator));
console.log(a, a.toString());
const obj = { [a]: 'registered' };
console.log(obj[Symbol.for('app.key')], obj[local]);
console.log(Symbol.for() === Symbol.for('undefined'), Symbol.keyFor(Symbol.for()));
try {
  Symbol.keyFor('app.key');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof Symbol.for, Symbol.for('x').description, Symbol.for(1) === Symbol.for('1'));
