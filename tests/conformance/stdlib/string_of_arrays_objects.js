// String()/concat of arrays joins with commas; plain objects become [object Object]
console.log(String([1, 2, 3]), String([[1, 2], [3, [4]]]), '[' + String([]) + ']');
console.log('obj: ' + {}, 'arr: ' + [1, 'a']);
var o = { toString: function () { return 'custom'; } };
console.log(String(o), 'x' + o);
