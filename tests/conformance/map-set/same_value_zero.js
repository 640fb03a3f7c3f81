// Keys compare with SameValueZero: NaN finds NaN, -0 is +0, objects by identity, no coercion
const m = new Map();
m.set(NaN, 'nan');
console.log(m.get(NaN), m.get(0 / 0), m.has(Number('x')));
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), m.size, m);
m.set(0, 'again');
console.log(m.size, m.get(-0));
m.set('1', 'string one').set(1, 'number one');
console.log(m.get(1), m.get('1'), m.size);
const a = {}, b = {};
m.set(a, 'a').set(b, 'b');
console.log(m.get(a), m.get(b), m.get({}), m.size);
m.set(undefined, 'u').set(null, 'n').set(true, 't');
console.log(m.get(undefined), m.get(), m.get(null), m.get(true), m.get('true'));
const s = new Set([NaN, NaN, 0, -0, '0']);
console.log(s.size, s, s.has(-0), s.has(NaN));
