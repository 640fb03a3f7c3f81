// Generator functions: `this` binding when called as methods, arguments-free rest params, and not constructible.
const obj = {
  name: 'obj',
  *gen(...extra) {
    yield this.name;
    yield extra.length;
    yield* extra;
  },
};
console.log([...obj.gen(7, 8)]);
const detached = obj.gen;
console.log([...detached.call({ name: 'other' }, 'z')]);
function* withDefaults(a = 1, { b } = { b: 2 }) {
  yield a + b;
}
console.log([...withDefaults()], [...withDefaults(10, { b: 5 })], withDefaults.length, withDefaults.name);
try { new obj.gen(); } catch (e) { console.log(e.name + ': ' + e.message); }
function* plain() {
  yield 1;
}
try { new plain(); } catch (e) { console.log(e.name + ': ' + e.message); }
const gf = plain;
console.log(typeof gf, gf.constructor.name, typeof plain().return, plain() === plain());
console.log(Object.getPrototypeOf(plain()) === plain.prototype, typeof plain.prototype);
