const o = {
  get onlyGet() {
    return 1;
  },
  set onlySet(v) {},
  get both() {
    return 2;
  },
  set both(v) {},
  plain: 3,
};
console.log(o);
console.log({ nested: o });
console.log([o]);
const withDefined = {};
Object.defineProperty(withDefined, 'visible', { get: () => 1, enumerable: true });
Object.defineProperty(withDefined, 'hidden', { get: () => 2 });
console.log(withDefined, withDefined.hidden);
