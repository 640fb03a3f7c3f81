// How console.log shows generators, built-in iterators (with what they have left), symbols and function kinds.
function* g() { yield 1; }
console.log(g());
console.log([1, 2].values(), 'ab'[Symbol.iterator]());
console.log(new Map([[1, 2]]).entries(), new Set([5]).values());
console.log(Symbol.iterator, [Symbol('x')], { [Symbol.iterator]: 1 });
console.log(g, async function af() {}, async () => {}, function* () {});
console.log(Object.prototype.toString.call(g()), String(Symbol('q')));
console.log(typeof g().next, g()[Symbol.iterator]() instanceof Object);
const it = [1,2,3][Symbol.iterator](); it.next(); console.log([...it]);
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(function*(){}), g.constructor.name);
console.log(Object.getPrototypeOf(async function(){}).constructor.name);
const m = new Map([[1, 'a']]); const it2 = m.keys(); it2.next(); console.log(it2, m.values());
const s2 = new Set(); console.log(s2.entries());
