// Insertion order: re-setting keeps the position, delete then re-add moves to the end
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
m.set('a', 10);
console.log(m);
m.delete('a');
m.set('a', 100);
console.log(m);
const s = new Set(['x', 'y', 'z']);
s.add('x');
s.delete('y');
s.add('y');
console.log(s);
const big = new Map();
for (let i = 0; i < 50; i++) big.set(i, i * i);
for (let i = 0; i < 45; i++) big.delete(i);
big.set(3, 'back');
console.log(big, big.size);
