// finally runs when break/continue leave a try block inside a loop
for (var i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    console.log('body', i);
  } finally {
    console.log('finally', i);
  }
}
console.log('done', i);
