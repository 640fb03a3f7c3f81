// let/const/var with array and object patterns
const [a, b] = [1, 2];
let { x, y } = { x: 'x', y: 'y', z: 'z' };
var [v] = ['v'];
console.log(a, b, x, y, v);
const { length } = 'four';
const [c1, c2] = 'hi';
console.log(length, c1, c2);
const [short1, short2] = [1];
console.log(short1, short2);
for (let [i, n] = [0, 3]; i < n; i++) console.log(i);
