class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s, s.peek(), s.length, Array.isArray(s), s instanceof Stack);
class Registry extends Map {
  register(k, v) {
    return this.set(k, v);
  }
}
const r = new Registry();
r.register('a', 1).register('b', 2);
console.log(r, r.size, r instanceof Map);
class Tags extends Set {}
console.log(new Tags(['x', 'y']), new Tags().size);
class Deferred extends Promise {}
const d = new Deferred((res) => res('done'));
console.log(d instanceof Deferred, d instanceof Promise);
d.then((v) => console.log('resolved', v));
