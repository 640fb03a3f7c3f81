// let in a for loop creates a fresh binding per iteration; var shares one binding
var fs = [];
for (var i = 0; i < 3; i++) fs.push(function () { return i; });
var gs = [];
for (let j = 0; j < 3; j++) gs.push(function () { return j; });
console.log(fs[0](), fs[1](), fs[2]());
console.log(gs[0](), gs[1](), gs[2]());
var hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
console.log(hs.length, hs[0](), hs[1]());
