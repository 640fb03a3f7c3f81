// Function.prototype.call, apply and bind
function f(a, b) { return this.x + a + b; }
var g = f.bind({ x: 1 }, 2);
console.log(g.name, g.length, g(3), f.call({ x: 'a' }, 'b', 'c'), f.apply({ x: 1 }, [2, 3]), f.apply({ x: 1 }));
console.log(Array.prototype.map.call('abc', function (c) { return c + c; }).join('|'));
console.log(Array.prototype.slice.call([1, 2, 3], 1), Math.max.apply(null, [3, 9, 4]));
try { f.apply(null, 5); } catch (e) { console.log(e.name + ': ' + e.message); }
