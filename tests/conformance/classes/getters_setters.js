class Temperature {
  constructor(celsius) {
    this._c = celsius;
  }
  get fahrenheit() {
    return this._c * 1.8 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) / 1.8;
  }
  get celsius() {
    return this._c;
  }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
console.log(t.celsius, t);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'fahrenheit');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(d.get.name, d.set.name);
try {
  t.celsius = 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(t.celsius);
console.log(Object.keys(t), JSON.stringify(t));
