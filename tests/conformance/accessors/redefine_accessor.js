const o = {};
Object.defineProperty(o, 'x', { get: () => 'first', configurable: true });
console.log(o.x);
Object.defineProperty(o, 'x', { set: (v) => console.log('set', v) });
console.log(o.x);
o.x = 1;
Object.defineProperty(o, 'x', { value: 'data now' });
console.log(o.x, Object.getOwnPropertyDescriptor(o, 'x'));
const p = { v: 1 };
Object.defineProperty(p, 'v', { get: () => 'was data', enumerable: false });
console.log(p.v, Object.keys(p), Object.getOwnPropertyDescriptor(p, 'v').configurable);
const lit = {
  get a() {
    return 1;
  },
};
lit.a = 2;
Object.defineProperty(lit, 'a', { value: 3, writable: true });
lit.a = 4;
console.log(lit.a, lit);
