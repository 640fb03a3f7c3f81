// do...while runs the body at least once and checks the condition afterwards
var i = 10;
do {
  console.log('body', i);
  i++;
} while (i < 3);
var j = 0;
do {
  j++;
  if (j === 2) continue;
  console.log('j', j);
} while (j < 4);
var k = 0;
while (k < 10) { k += 3; }
console.log(k);
