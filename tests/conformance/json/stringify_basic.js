// JSON.stringify of primitives, arrays and objects; undefined/functions skipped or null
console.log(JSON.stringify({ a: 1, b: 'x', c: true, d: null, e: [1, 'two', false] }));
console.log(JSON.stringify({ u: undefined, f: function () {}, k: 1 }), JSON.stringify([undefined, function () {}, 3]));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(null), JSON.stringify('s'));
console.log(JSON.stringify([NaN, Infinity, -Infinity, -0, 1e21, 1e-7, 0.1 + 0.2]));
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 0, y: 1 }), JSON.stringify([, 1]));
console.log(JSON.stringify(new Number(3)), JSON.stringify([new String('s'), new Boolean(false)]));
