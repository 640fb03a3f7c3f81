function makeCounter() {
  let count = 0;
  return {
    get value() {
      return count;
    },
    increment() {
      count++;
      return this;
    },
  };
}
const c = makeCounter();
c.increment().increment().increment();
console.log(c.value);
c.value = 99;
console.log(c.value);
const cache = {
  _data: null,
  loads: 0,
  get data() {
    if (this._data === null) {
      this.loads++;
      this._data = [1, 2, 3];
    }
    return this._data;
  },
};
console.log(cache.data, cache.data.length, cache.loads);
const validated = {
  _age: 0,
  set age(v) {
    if (typeof v !== 'number' || v < 0) throw new RangeError(`invalid age: ${v}`);
    this._age = v;
  },
  get age() {
    return this._age;
  },
};
validated.age = 30;
try {
  validated.age = -1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(validated.age);
