// Math.random returns a number in [0, 1) (only the range is printed, never the value)
var ok = true;
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (typeof r !== 'number' || r < 0 || r >= 1) ok = false;
}
console.log('all in range:', ok);
console.log(Math.floor(Math.random() * 10) < 10);
