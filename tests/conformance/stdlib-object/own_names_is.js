// Object.getOwnPropertyNames (non-enumerable too, arrays' length) and Object.is (SameValue)
var o = { b: 1, a: 2, 10: 'x', 2: 'y' };
Object.defineProperty(o, 'secret', { value: 1 });
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertyNames([5, 6]), Object.getOwnPropertyNames('ab'));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log(NaN === NaN, 0 === -0);
