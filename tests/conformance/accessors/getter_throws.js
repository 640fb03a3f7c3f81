const o = {
  get boom() {
    throw new RangeError('getter failed');
  },
  set boom(v) {
    throw new TypeError('setter failed: ' + v);
  },
};
try {
  o.boom;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  o.boom = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  JSON.stringify(o);
} catch (e) {
  console.log('stringify', e.name + ': ' + e.message);
}
try {
  Object.values(o);
} catch (e) {
  console.log('values', e.name + ': ' + e.message);
}
console.log(o, 'boom' in o);
