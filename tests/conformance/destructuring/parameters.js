// patterns as function, method and arrow parameters, with defaults
function area({ w, h = 2 }) { return w * h; }
console.log(area({ w: 3 }), area({ w: 3, h: 4 }));
const sum = ([a, b], { c } = { c: 10 }) => a + b + c;
console.log(sum([1, 2]), sum([1, 2], { c: 0 }));
const obj = { m({ name }) { return 'hi ' + name; } };
console.log(obj.m({ name: 'ann' }));
console.log([[1, 'a'], [2, 'b']].map(([n, s]) => s + n));
const opt = ({ verbose = false } = {}) => verbose;
console.log(opt(), opt({ verbose: true }));
console.log(((a, { b }) => 0).length, ((a, b = 1, c) => 0).length, (function ([a], { b } = {}) {}).length);
