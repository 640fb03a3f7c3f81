// Object.assign: copies own enumerable properties left to right, skips null sources, returns target
var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 }, undefined, 'xy');
console.log(r === target, JSON.stringify(target));
var proto = { inherited: 1 };
var src = Object.create(proto);
src.own = 2;
console.log(JSON.stringify(Object.assign({}, src)));
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }
