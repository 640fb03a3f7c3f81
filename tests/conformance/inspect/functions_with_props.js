// functions: [Function: name], [Function (anonymous)], props in braces after the name
function f() {}
console.log(f, [f], { f });
console.log([() => 1], [function () {}]);
f.a = 1;
console.log(f);
f.nested = { deep: { deeper: { deepest: 1 } } };
console.log(f);
const g = () => {};
g.list = [1, 2, 3];
console.log({ g });
const obj = { method() {}, arrow: () => {}, fn: function () {} };
console.log(obj);
console.log([f, f, f, f, f, f, f]);
