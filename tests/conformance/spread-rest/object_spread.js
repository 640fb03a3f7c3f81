// object spread: own enumerable properties in order, later keys win
const base = { a: 1, b: 2 };
console.log({ ...base, b: 3, c: 4 }, { b: 0, ...base }, { ...base, ...{ a: 'x' } });
console.log({ ...null, ...undefined, ...123, ...true }, { ...'hi' }, { ...[5, 6] });
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
Object.defineProperty(child, 'hidden', { value: 3, enumerable: false });
console.log({ ...child });
console.log({ 10: 'ten', z: 1, ...{ 2: 'two', y: 2 } });
