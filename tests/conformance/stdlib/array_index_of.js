// indexOf uses strict equality (NaN is never found), supports a start index
var a = [1, '1', 2, 1, NaN];
console.log(a.indexOf(1), a.indexOf('1'), a.indexOf(1, 1), a.indexOf(3), a.indexOf(NaN));
var o = {};
console.log([o, {}].indexOf(o), [{}].indexOf({}), [1, 2, 3].indexOf(3, -1));
