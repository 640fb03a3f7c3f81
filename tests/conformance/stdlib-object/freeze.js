// Object.freeze / isFrozen: writes, additions and deletions silently fail in sloppy mode
var o = { a: 1, nested: { b: 2 } };
console.log(Object.isFrozen(o), Object.freeze(o) === o, Object.isFrozen(o));
o.a = 99;
o.extra = 1;
delete o.a;
o.nested.b = 3;
console.log(JSON.stringify(o), 'extra' in o);
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1));
console.log(Object.isExtensible(o), Object.isExtensible({}));
