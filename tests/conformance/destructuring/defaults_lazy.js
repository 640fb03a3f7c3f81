// defaults are evaluated only for undefined, left to right, and may use earlier names
let calls = 0;
const next = () => ++calls;
const [a = next(), b = next(), c = next()] = [10, undefined, null];
console.log(a, b, c, calls);
const { x = next(), y = x * 2 } = { x: 5 };
console.log(x, y, calls);
function f([p = next()] = [], { q = p + 1 } = {}) { return [p, q]; }
console.log(f(), f([0]), calls);
const [fn = function () {}, arrow = () => {}] = [];
console.log(fn.name, arrow.name);
