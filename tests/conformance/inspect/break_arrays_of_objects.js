// arrays of objects: one line while short, else one object per line
for (let n = 1; n <= 6; n++) {
  console.log(Array.from({ length: n }, (_, i) => ({ id: i, name: 'n' + i })));
}
console.log([{ a: 1 }, { b: 2 }]);
console.log([{ user: { name: 'ann', tags: ['x', 'y'] } }, { user: { name: 'bob', tags: [] } }]);
