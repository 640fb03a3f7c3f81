// objects without a prototype say so
console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { x: 1 }));
console.log({ inner: Object.assign(Object.create(null), { a: [1, 2] }) });
console.log([Object.create(null)]);
