// what replaces an object past the depth limit: its constructor's name, or the kind and null prototype
console.log({a: {b: {c: Object.assign(function named() {}, {x: 1})}}});
console.log({a: {b: {c: Object.assign(() => {}, {x: 1})}}});
const e = new TypeError('t'); e.stack = 'S'; e.code = 1;
console.log({a: {b: {c: e}}});
console.log({a: {b: {c: Object.assign(new Number(1), {x: 1})}}});
console.log({a: {b: {c: Object.assign(new String('s'), {x: 1})}}});
console.log({a: {b: {c: Promise.resolve(1)}}});
const fnp = Object.setPrototypeOf(Object.assign(function q() {}, {x: 1}), null);
console.log({a: {b: {c: fnp}}});
console.log({a: {b: {c: Object.setPrototypeOf([1], null)}}});
console.log({a: {b: {c: Object.assign(Object.create(null), {x: 1})}}});
