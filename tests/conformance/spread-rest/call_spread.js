// spread in call arguments, mixed with ordinary arguments
function sum(...ns) { return ns.reduce((a, b) => a + b, 0); }
const xs = [1, 2, 3];
console.log(sum(...xs), sum(0, ...xs, 10), sum(...xs, ...xs), sum(...[]));
console.log(Math.max(...xs), Math.min(...[4, -1]), String.fromCharCode(...[104, 105]));
const o = { k: 'K', m(...a) { return this.k + a.join(''); } };
console.log(o.m(...'xyz'), o?.m(...[1]));
