// Map get/set/has/delete/clear/size, chaining, typeof, instanceof and the toString tag
const m = new Map();
console.log(m.set('a', 1).set('b', 2).set('c', 3) === m, m.size);
console.log(m.get('a'), m.get('zz'), m.has('b'), m.has('zz'));
console.log(m.delete('b'), m.delete('b'), m.size);
m.size = 99;
console.log(m.size, Object.keys(m), JSON.stringify(m));
console.log(typeof m, m instanceof Map, m instanceof Set, m instanceof Object);
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(new Set()));
console.log(String(m), 'size' in m, m.hasOwnProperty('size'));
m.clear();
console.log(m.size, m.get('a'), m);
console.log(Map.length, Map.name, Map.prototype.set.length, Map.prototype.constructor === Map);
