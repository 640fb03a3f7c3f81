// Symbols as property keys: hidden from Object.keys/JSON/for...in but shown by console.log.
const id = Symbol('id');
const secret = Symbol('secret');
const user = { name: 'ann', [id]: 123, age: 30 };
user[secret] = 'shh';
console.log(user);
console.log(Object.keys(user), JSON.stringify(user));
for (const k in user) console.log('for-in key', k);
console.log(Object.getOwnPropertySymbols(user));
console.log(Object.getOwnPropertySymbols(user).map((s) => s.description));
console.log(user[id], user[secret], id in user, Object.hasOwn(user, secret));
const copy = { ...user };
console.log('spread copies symbols:', copy[id], Object.getOwnPropertySymbols(copy).length);
const assigned = Object.assign({}, user);
console.log('assign copies symbols:', assigned[secret]);
delete user[id];
console.log(user, Object.getOwnPropertySymbols(user).length);
console.log(Object.entries(user), Object.values(user));
console.log({ [Symbol()]: 'anon', [Symbol('')]: 'empty' });
