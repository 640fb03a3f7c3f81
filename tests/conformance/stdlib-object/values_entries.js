// Object.values and Object.entries: own enumerable properties in key order; strings and primitives
var o = { b: 1, a: 2, 2: 'two', 1: 'one' };
console.log(Object.values(o), JSON.stringify(Object.entries(o)));
var child = Object.create(o);
child.own = true;
console.log(Object.values(child), Object.entries('hi').join(';'), Object.values(5).length);
try { Object.values(null); } catch (e) { console.log(e.name + ': ' + e.message); }
