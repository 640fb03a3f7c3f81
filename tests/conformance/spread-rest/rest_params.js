// rest parameters collect the remaining arguments into an array
function f(first, ...rest) { return [first, rest]; }
console.log(f(), f(1), f(1, 2, 3));
function g(...all) { return Array.isArray(all) + ' ' + all.length; }
console.log(g(), g(undefined, null));
console.log(f.length, g.length, (function (a, b = 1, ...c) {}).length);
const o = { m(...parts) { return parts.join('-'); } };
console.log(o.m('a', 'b'), o.m());
