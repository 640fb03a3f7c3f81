// arrays without a prototype, objects whose constructor property is not a function
console.log(Object.setPrototypeOf([1, 2], null));
console.log({ constructor: 'nope', a: 1 });
function Foo() {}
Foo.prototype.constructor = undefined;
console.log(new Foo());
function Bar() { this.x = 1; }
console.log([new Bar(), { b: new Bar() }]);
const b = new Boolean(true);
b.p = 1;
console.log(b);
