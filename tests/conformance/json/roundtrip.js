// stringify and parse round-trip nested data
var data = { name: 'minnow', tags: ['js', 'rust'], nested: { deep: { n: [1, [2, [3]]] } }, empty: {}, none: null };
var s = JSON.stringify(data);
console.log(s === JSON.stringify(JSON.parse(s)), s.length);
console.log(JSON.stringify(JSON.parse(JSON.stringify(data, null, 4))) === s);
