// Map and Set: nested, long, and broken over lines like objects
console.log(new Map([['k', { a: [1, 2] }], [{ o: 1 }, 'v']]), new Set([[1, 2], 'x']));
console.log(new Map([[1, new Map([[2, new Map([[3, new Map()]])]])]]));
console.log({ m: new Map(Array.from({ length: 10 }, (_, i) => ['key' + i, i])) });
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 8 }, (_, i) => [i, 'v' + i])));
console.log({ m: new Map([['alpha', { deep: { deeper: 1 } }], ['beta', [1, 2, 3]]]), s: new Set(['x', 'y']) });
console.log(new Set(['a fairly long string value', 'another fairly long string', 'third one']));
console.log([new Map(), new Set(), new Map([[new Set([1]), [new Map()]]])]);
