// Error cause option: own property presence, missing/undefined causes, non-Error causes, and the property descriptor.
const root = new TypeError('root problem');
const e1 = new Error('wrapped', { cause: root });
console.log(e1.cause === root, Object.hasOwn(e1, 'cause'), e1.cause.message);
const e2 = new Error('no options');
console.log('cause' in e2, e2.cause);
const e3 = new Error('empty options', {});
console.log('cause' in e3);
const e4 = new Error('undefined cause', { cause: undefined });
console.log('cause' in e4, e4.cause);
const e5 = new RangeError('with data', { cause: { code: 42, detail: ['a'] } });
console.log(e5.cause, e5.name);
const desc = Object.getOwnPropertyDescriptor(e1, 'cause');
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(new Error('str', { cause: 'just a string' }).cause, new Error('n', { cause: 0 }).cause);
