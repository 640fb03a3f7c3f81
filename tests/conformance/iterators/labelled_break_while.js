// Labelled break out of nested for loops, and labelled continue of a while loop from inside a do...while.
let found = null;
search: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = [i, j];
      break search;
    }
  }
}
console.log('found', found);
let count = 0;
loop1: while (count < 10) {
  count++;
  do {
    if (count % 3 === 0) continue loop1;
  } while (false);
  console.log('count', count);
}
