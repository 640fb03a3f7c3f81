// toPrecision / toExponential / toFixed agree on many values (deterministic pseudo-random).
let seed = 2024;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const values = [];
// Values come from literals (not `**`), so only the formatting is under test.
for (let e = -12; e <= 25; e++) for (const m of ['1', '1.5', '9.999999', '4.45', '2.675']) values.push(Number(m + 'e' + e));
for (let i = 0; i < 80; i++) values.push(Number((rand() - 0.5) + 'e' + Math.floor(rand() * 30 - 10)));
for (let i = 0; i < 20; i++) values.push(Math.floor(rand() * 1000) / 8, Math.floor(rand() * 100000) / 1000);
for (const v of values) {
  const out = [v.toExponential(), v.toPrecision(1), v.toPrecision(3), v.toPrecision(7), v.toPrecision(16), v.toPrecision(17), v.toExponential(0), v.toExponential(4), v.toExponential(15)];
  if (Math.abs(v) < 1e21) out.push(v.toFixed(2));
  console.log(String(v), out.join(' '));
}
