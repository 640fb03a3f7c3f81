// ArraySetLength (ECMA-262 10.4.2.4): `length` takes any value whose ToUint32 equals its
// ToNumber (strings and objects too); anything else is a RangeError; a huge length
// allocates nothing.
function attempt(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, `${e.name}: ${e.message}`);
  }
}
const withLength = (v) => {
  const a = [1, 2, 3];
  a.length = v;
  return a;
};
attempt("'1'", () => withLength('1'));
attempt('valueOf', () => withLength({ valueOf: () => 2 }));
attempt('true', () => withLength(true));
attempt('null', () => withLength(null));
attempt('-0', () => withLength(-0));
attempt('5', () => withLength(5));
for (const bad of [-1, 1.5, 2 ** 32, NaN, Infinity, 'x', undefined]) {
  attempt(String(bad), () => withLength(bad));
}
attempt('2 ** 32 - 1', () => {
  const a = withLength(2 ** 32 - 1);
  return [a.length, Object.keys(a), a];
});
attempt('shrink after huge', () => {
  const a = withLength(2 ** 32 - 1);
  a[4000000000] = 'x';
  a.length = 2;
  return [a, a.length];
});
attempt('defineProperty', () => {
  const a = [1, 2, 3];
  Object.defineProperty(a, 'length', { value: '1' });
  return a;
});
attempt('defineProperty bad', () => Object.defineProperty([], 'length', { value: -1 }));
attempt('defineProperty huge', () => Object.defineProperty([], 'length', { value: 2 ** 32 - 1 }).length);
