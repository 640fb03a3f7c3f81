class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  static create(name) {
    return new Animal(name);
  }
}
const a = Animal.create('Rex');
console.log(a.speak());
Object.keys(a).forEach((k) => console.log('own key', k));
console.log(Object.keys(Animal), Object.keys(Animal.prototype));
const d = Object.getOwnPropertyDescriptor(Animal.prototype, 'speak');
console.log(d.enumerable, d.writable, d.configurable, typeof d.value);
console.log(Object.getOwnPropertyDescriptor(Animal, 'prototype'));
console.log(JSON.stringify(a), { ...a });
try {
  new a.speak();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
