// Set add/has/delete/clear/size, chaining, construction from arrays and strings
const s = new Set([1, 2, 2, 3, 1]);
console.log(s.size, s.has(2), s.has(4), s);
console.log(s.add(4).add(5).add(1) === s, s.size);
console.log(s.delete(1), s.delete(1), s);
console.log(new Set('hello'), new Set(''), new Set(), new Set(null), new Set(undefined));
s.clear();
console.log(s.size, s);
console.log(Set.length, Set.name, typeof s, s instanceof Set);
