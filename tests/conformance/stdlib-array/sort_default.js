// default sort: by string value in UTF-16 order, undefined last, holes after that, stable
console.log([10, 9, 1, 100, 25].sort());
console.log(['b', undefined, 'a', , 'c'].sort());
console.log(['\uFF21', '\uD83D\uDE00', 'z', 'A'].sort().map(function (s) { return s.charCodeAt(0); }).join(' '));
console.log([true, false, null, 'mango'].sort());
var x = [3, 1, 2];
console.log(x.sort() === x);
