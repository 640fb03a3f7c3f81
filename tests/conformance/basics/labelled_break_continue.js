// labelled break/continue target the labelled outer loop
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
console.log('after', i, j);
var n = 0;
loop: while (true) {
  n++;
  do {
    if (n > 2) break loop;
    continue loop;
  } while (false);
}
console.log('n', n);
block: {
  console.log('in block');
  break block;
}
console.log('end');
