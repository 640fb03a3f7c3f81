// functions print as [Function: name] or [Function (anonymous)]
function named() {}
const arrow = () => 1;
var expr = function () {};
var namedExpr = function inner() {};
console.log(named);
console.log(arrow, expr, namedExpr);
console.log(function () {});
console.log(() => {});
console.log([named, () => 1]);
console.log({ f: named, m() {}, g: function () {} });
