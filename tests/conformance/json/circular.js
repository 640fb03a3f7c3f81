// circular structures throw a TypeError describing the cycle
function show(v) { try { JSON.stringify(v); } catch (e) { console.log(e.name + ': ' + e.message); } }
var a = {}; a.self = a; show(a);
var b = { x: {} }; b.x.y = b; show(b);
var c = [1]; c.push(c); show({ k: c });
function Node() {} var n = new Node(); n.p = { q: { r: n } }; show(n);
var shared = { s: 1 }; console.log(JSON.stringify([shared, shared]));
