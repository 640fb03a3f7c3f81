const temp = { _c: 25 };
Object.defineProperty(temp, 'f', {
  get() {
    return this._c * 1.8 + 32;
  },
  set(v) {
    this._c = (v - 32) / 1.8;
  },
  enumerable: true,
  configurable: true,
});
console.log(temp.f, temp);
temp.f = 212;
console.log(temp._c);
const d = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d, 'writable' in d);
let reads = 0;
const lazy = {};
Object.defineProperty(lazy, 'value', {
  get() {
    reads++;
    return 42;
  },
});
console.log(lazy.value, lazy.value, reads, Object.keys(lazy), JSON.stringify(lazy));
