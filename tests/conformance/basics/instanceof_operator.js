// instanceof walks the prototype chain of the left operand
function Animal() {}
function Dog() {}
Dog.prototype = new Animal();
var d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log([] instanceof Object, {} instanceof Object, [] instanceof Dog);
console.log(new TypeError('x') instanceof Error, new Error('x') instanceof TypeError);
console.log(1 instanceof Number, 'a' instanceof String, null instanceof Object);
console.log(Promise.resolve(1) instanceof Promise);
console.log((function () {}) instanceof Object, (() => 1) instanceof Object);
