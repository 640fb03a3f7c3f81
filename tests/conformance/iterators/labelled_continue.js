// Labelled continue and break in nested for...of loops over arrays and Maps.
const grid = [
  [1, 2, 3],
  [4, -5, 6],
  [7, 8, 9],
];
rows: for (const [r, row] of grid.entries()) {
  for (const v of row) {
    if (v < 0) {
      console.log(`row ${r} has a negative, skipping rest`);
      continue rows;
    }
    console.log(`row ${r} value ${v}`);
  }
  console.log(`row ${r} complete`);
}
const groups = new Map([['fruit', ['apple', 'bad-banana', 'cherry']], ['veg', ['kale', 'leek']], ['junk', ['stop', 'never']]]);
outer: for (const [group, items] of groups) {
  for (const item of items) {
    if (item.startsWith('bad')) continue outer;
    if (item === 'stop') break outer;
    console.log(group, item);
  }
  console.log('end of group', group);
}
