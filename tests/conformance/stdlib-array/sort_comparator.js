// sort with a comparator: numeric order, stability, comparator that throws, random comparator
console.log([10, 9, 1, 100, 25].sort(function (a, b) { return a - b; }));
var people = [];
var names = ['ann', 'bob', 'cid', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jon', 'kim', 'lee'];
for (var i = 0; i < names.length; i++) people.push({ name: names[i], age: [30, 20, 30, 20][i % 4] });
people.sort(function (a, b) { return a.age - b.age; });
console.log(people.map(function (p) { return p.name + p.age; }).join(' '));
try { [2, 1].sort(function () { throw new Error('cmp'); }); } catch (e) { console.log('caught', e.message); }
var r = [];
for (var j = 0; j < 50; j++) r.push(j);
r.sort(function () { return Math.random() - 0.5; });
console.log(r.length, r.slice().sort(function (a, b) { return a - b; })[49]);
console.log([3, 1, 2].sort(function (a, b) { return b > a ? 1 : b < a ? -1 : 0; }));
