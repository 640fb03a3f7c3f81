// numeric_loop.js -- tight numeric loop: 10M iterations of integer and
// floating-point arithmetic on `let` locals inside a `for`.
let acc = 0;
let f = 0.5;
for (let i = 0; i < 10000000; i++) {
  acc = (acc + i * 7 + (i % 13)) % 1000003;
  f = f * 1.0000001 + 0.25;
  if (f > 1000) {
    f = f / 3;
  }
}
console.log('acc=' + acc + ' f=' + Math.floor(f * 1000));
