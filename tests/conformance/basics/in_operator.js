// `in` checks own and inherited properties; array indexes are keys
var o = { a: 1, b: undefined };
console.log('a' in o, 'b' in o, 'c' in o, 'toString' in o);
var arr = [10, 20];
console.log(0 in arr, 1 in arr, 2 in arr, '1' in arr, 'length' in arr);
function P() { this.own = 1; }
P.prototype.inherited = 2;
var p = new P();
console.log('own' in p, 'inherited' in p);
delete o.a;
console.log('a' in o);
