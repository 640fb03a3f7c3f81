// flat (depths, holes removed), flatMap, fill (ranges), reverse in place
console.log(JSON.stringify([1, [2, [3, [4]]]].flat()));
console.log(JSON.stringify([1, [2, [3, [4]]]].flat(2)), [1, [2, [3, [4]]]].flat(Infinity));
console.log([1, , [2, , 3]].flat());
console.log(['a b', 'c'].flatMap(function (s) { return s.split(' '); }));
console.log([1, 2].flatMap(function (x) { return [[x]]; }).length);
console.log([1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3, 4].fill(7, -1));
var r = [1, 2, 3];
console.log(r.reverse(), r, [1, , 3].reverse());
