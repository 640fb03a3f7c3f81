// holes print as <N empty items>, one entry per run of holes
console.log([1, , 3]);
console.log([, , , 4]);
console.log([1, , ]);
console.log([, ]);
console.log(new Array(5));
console.log(new Array(200));
console.log([, 1, , , 2, , ]);
const a = [];
a[150] = 1;
console.log(a);
const b = [1, 2, 3];
b.length = 6;
console.log(b, { holes: [, 'x', , ] });
