const key = 'dyn';
const o = {
  get [key]() {
    return 'got ' + key;
  },
  set [key + 'Set'](v) {
    this.last = v;
  },
  get 'quoted key'() {
    return 'q';
  },
  get 7() {
    return 'seven';
  },
};
console.log(o.dyn, o['quoted key'], o[7]);
o.dynSet = 'v';
console.log(o.last, o);
console.log(Object.getOwnPropertyDescriptor(o, 'dyn').get.name);
const props = { get: 1, set: 2, get get2() { return 3; } };
console.log(props, props.get2);
