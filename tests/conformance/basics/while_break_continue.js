// break exits the nearest loop, continue skips to the next iteration (for update still runs)
var out = [];
for (var i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  out.push(i);
}
console.log(out.join(' '), i);
var n = 0;
while (true) {
  n++;
  if (n < 5) continue;
  break;
}
console.log(n);
