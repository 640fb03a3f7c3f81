// objects containing arrays and arrays containing objects stay on one line when short
console.log({ list: [1, 2, 3], flag: false });
console.log([{ id: 1 }, { id: 2 }]);
console.log({ a: [[1, 2], [3]] });
console.log([1.5, -2.25, 1e21]);
