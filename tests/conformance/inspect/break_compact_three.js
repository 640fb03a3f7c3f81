// up to 3 inner levels are joined onto one line; a 4th level breaks the outer ones
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ x: { y: { z: [1, 2, 3] } }, w: 1 });
console.log([[[1]]], [[[1, [2]]]]);
console.log({ l1: { l2: { l3: 'v' } }, s: 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz' });
console.log({ a: 1, b: { c: { d: 2 } }, e: 3 });
console.log({ a: { b: 1 }, c: { d: { e: { f: 1 } } } });
console.log('%o', { a: { b: { c: { d: {} } } } });
console.log('%o', [[[[[1]]]]]);
