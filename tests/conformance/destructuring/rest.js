// array rest collects the remaining elements; object rest copies own enumerable properties not taken
const [head, ...others] = [1, 2, 3];
console.log(head, others);
const [...none] = [];
console.log(none);
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, rest);
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
const { ...copy } = o;
console.log(copy);
const { 0: first, ...chars } = 'xyz';
console.log(first, chars);
const key = 'b';
const { [key]: picked, ...remaining } = { a: 1, b: 2, c: 3 };
console.log(picked, remaining);
