// Math.floor/round/abs including negatives and halves (round goes toward +Infinity on .5)
console.log(Math.floor(1.7), Math.floor(-1.2), Math.floor(5), Math.floor(-0.5));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.4), Math.round(-2.6), Math.round(0.5));
console.log(Math.abs(-3), Math.abs(3), Math.abs(-0), Math.abs('-7'), Math.abs(null), Math.abs('x'));
console.log(Math.floor(NaN), Math.round(Infinity), Math.floor('3.9'));
