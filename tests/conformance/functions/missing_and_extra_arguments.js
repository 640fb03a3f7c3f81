// missing parameters are undefined, extra arguments are ignored, simple defaults apply to undefined only
function f(a, b, c) { return [a, b, c].join('|') + ' ' + typeof c; }
console.log(f(1));
console.log(f(1, 2, 3, 4, 5));
function g(x = 10) { return x; }
console.log(g(), g(undefined), g(null), g(0), g(5));
function noReturn() {}
console.log(noReturn(), (function () { return; })());
