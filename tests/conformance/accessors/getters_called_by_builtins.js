let calls = [];
const src = {
  plain: 1,
  get computed() {
    calls.push('computed');
    return 2;
  },
};
console.log(Object.keys(src));
console.log(Object.values(src), Object.entries(src));
console.log(JSON.stringify(src));
console.log({ ...src });
const target = Object.assign({}, src);
console.log(target, Object.getOwnPropertyDescriptor(target, 'computed').value);
console.log(calls.length);
const withSetter = {
  set out(v) {
    calls.push('setter ' + v);
  },
};
Object.assign(withSetter, { out: 'assigned' });
console.log(calls, Object.keys(withSetter));
