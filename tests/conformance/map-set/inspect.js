// console.log of maps and sets: quoting, nesting in objects and arrays, depth limits
console.log(new Map([['a', 1], ['b', { x: 1 }]]));
console.log(new Map(), new Set(), [new Map()], { m: new Map() });
console.log(new Set([1, 2, 3]), new Set(['a', "it's"]));
console.log({ m: new Map([[{ k: 1 }, [1, 2]]]), s: new Set([[1], { a: 1 }]) });
console.log([[new Map([['deep', 1]])]], [[[new Map([['deep', 1]])]]]);
console.log({ a: { b: { c: new Set([1]) } } }, { a: { b: { c: new Set() } } });
console.log(new Map([[new Map([[1, 2]]), new Set([new Set([3])])]]));
console.log(new Map([[undefined, null], [NaN, -0], [true, 'x']]));
const m = new Map([[1, 2]]);
m.extra = 'prop';
console.log(m);
console.log([new Set([1]), new Map([[1, 1]])]);
