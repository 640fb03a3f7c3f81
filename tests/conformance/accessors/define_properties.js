const o = Object.defineProperties(
  {},
  {
    a: { value: 1, enumerable: true },
    b: {
      get() {
        return this.a + 1;
      },
      enumerable: true,
    },
    c: { value: 'hidden' },
  },
);
console.log(o, o.c, Object.keys(o));
const described = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(described), described.a, typeof described.b.get);
const created = Object.create(
  { inherited: true },
  {
    own: { value: 'o', enumerable: true },
    computed: {
      get() {
        return 'c';
      },
    },
  },
);
console.log(created, created.computed, created.inherited);
try {
  Object.defineProperties({}, { bad: { get: 3 } });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.getOwnPropertyDescriptors([7]));
