const attempts = [
  () => Object.defineProperty({}, 'x', { get: 1 }),
  () => Object.defineProperty({}, 'x', { set: 'nope' }),
  () => Object.defineProperty({}, 'x', { get() {}, value: 1 }),
  () => Object.defineProperty({}, 'x', { set(v) {}, writable: true }),
  () => Object.defineProperty({}, 'x', 5),
  () => {
    const o = {};
    Object.defineProperty(o, 'x', { get: () => 1 });
    Object.defineProperty(o, 'x', { value: 2 });
  },
  () => {
    const o = {};
    Object.defineProperty(o, 'x', { value: 1 });
    Object.defineProperty(o, 'x', { get: () => 2 });
  },
  () => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }),
];
attempts.forEach((f) => {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
});
