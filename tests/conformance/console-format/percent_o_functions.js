// %o of a function lists its hidden length, name, arguments, caller and prototype
function f() {}
console.log('%o', f);
function h(a, b) {}
h.extra = 1;
console.log('%o', h);
console.log('%o', { f() {} });
console.log('%o', { f: (x) => x });
console.log('%o', { g: function () {} });
console.log('%o', Math.max);
function withProto() {}
withProto.prototype.greet = function greet() {};
console.log('%o', withProto);
