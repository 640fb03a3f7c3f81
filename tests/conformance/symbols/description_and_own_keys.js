// Symbol.prototype.description is a getter; hasOwnProperty/Object.hasOwn see symbol, virtual and boxed-primitive keys.
const s = Symbol('x');
console.log(s.description, Symbol().description, Object(s).description, typeof Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get); console.log([1].hasOwnProperty('length'));
console.log('abc'.hasOwnProperty(0), 'abc'.hasOwnProperty('length'), [1].hasOwnProperty(0), Object.hasOwn({[s]: 1}, s), ({a: 1}).hasOwnProperty('b'));
console.log(Object.keys(5), Object.getOwnPropertyNames('ab'), Object.entries(true));
