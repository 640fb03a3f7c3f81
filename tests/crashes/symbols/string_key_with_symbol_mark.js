// A string key beginning with U+FDD0 (the mark of symbol keys) once named a symbol: it
// installed Symbol.iterator, read Symbol-keyed data and vanished from keys, JSON and inspect.
const itKey = '\uFDD0@@iterator\uFDD0Symbol.iterator';
const o = {};
o[itKey] = function* () { yield 1; };
try { for (const x of o) console.log('iterated', x); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.keys(o).length, Object.keys(o)[0] === itKey, JSON.stringify(o));
for (const k in o) console.log('for-in', k.length);
console.log(Object.getOwnPropertyNames(o).length, Object.getOwnPropertySymbols(o).length);
console.log(itKey in o, o.hasOwnProperty(itKey), Object.hasOwn(o, itKey), Symbol.iterator in o);
console.log(o);
const secret = Symbol('secret');
const p = { [secret]: 42, '\uFDD00\uFDD0secret': 'str' };
console.log(p['\uFDD00\uFDD0secret'], p[secret], Object.keys(p), Object.getOwnPropertySymbols(p));
for (let i = 0; i < 5; i++) console.log(i, p['\uFDD0' + i + '\uFDD0secret']);
delete p['\uFDD00\uFDD0secret'];
console.log(p[secret], Object.keys(p));
Object.defineProperty(p, '\uFDD0x\uFDD0y', { value: 1, enumerable: true });
console.log(Object.entries(p), JSON.stringify({ '\uFDD0a\uFDD0b': 1, '\uFDD1': 2 }));
console.log(JSON.parse('{"\\uFDD0@@iterator\\uFDD0Symbol.iterator": 5}'));
const m = new Map([[Symbol.iterator, 'sym'], [itKey, 'str']]);
console.log(m.size, m.get(itKey), m.get(Symbol.iterator));
console.log(Symbol.keyFor(Symbol.for('k')), String(Symbol('d')), Symbol('d').description);
const arr = [1, 2]; arr[itKey] = 3; console.log([...arr], arr);
class C { ['\uFDD0@@toStringTag\uFDD0Symbol.toStringTag'] = 'T'; } console.log(String(new C()), new C());
const q = {}; q['\uFDD0' + 'x'] = 1; console.log(Object.assign({}, q), { ...q });
const big = {}; for (let i = 0; i < 20; i++) big['k' + i] = i; big[itKey] = 'x'; big[Symbol.iterator] = 'y';
console.log(Object.keys(big).length, big[itKey], big[Symbol.iterator]);
