// rest parameters in arrow functions
const all = (...args) => args;
const tail = (head, ...rest) => rest;
const withDefault = (a = 10, ...more) => [a, more];
console.log(all(), all(1, 2), tail(1), tail(1, 2, 3), withDefault(), withDefault(undefined, 5));
const curry = (f, ...pre) => (...post) => f(...pre, ...post);
console.log(curry((a, b, c) => a + b + c, 1, 2)(3));
console.log(all.length, tail.length);
