// Symbol basics: description, toString, uniqueness, typeof, and console.log display.
const a = Symbol('id');
const b = Symbol('id');
const none = Symbol();
const empty = Symbol('');
console.log(typeof a, a === b, a == b, a === a);
console.log(a.description, none.description, JSON.stringify(empty.description));
console.log(a.toString(), none.toString(), empty.toString());
console.log(String(a), String(none));
console.log(a, none, empty);
console.log([a, none], { key: a });
console.log(Symbol('with spaces and "quotes"'));
console.log(Symbol(42).description, typeof Symbol(42).description, Symbol(undefined).description);
console.log(Object(a) instanceof Symbol, typeof Object(a), Object(a) == a);
console.log(Boolean(a), !a, a ? 'truthy' : 'falsy');
console.log(Symbol.prototype.toString.call(a), a.valueOf() === a);
