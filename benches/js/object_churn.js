// object_churn.js -- allocation and property access: 1M small objects are
// created, read, written and dropped (only the previous one stays alive).
function Vec(x, y) {
  this.x = x;
  this.y = y;
}

var prev = new Vec(0, 0);
var check = 0;
for (var i = 0; i < 1000000; i++) {
  var o = { id: i, x: i % 97, y: i % 89, tag: 'o' };
  o.x = o.x + prev.y;
  o.y += 1;
  o.sum = o.x + o.y;
  var v = new Vec(o.x, o.sum);
  check = (check + v.x * 3 + v.y + o.tag.length) % 1000000007;
  prev = o;
}
console.log('check=' + check + ' last=' + prev.id);
