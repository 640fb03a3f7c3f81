// article: timers with increasing delays (i * 50ms) still all print the final var value
for (var i = 1; i <= 3; i++) {
  setTimeout(function () {
    console.log('var i =', i);
  }, i * 50);
}
for (let j = 1; j <= 3; j++) {
  setTimeout(function () {
    console.log('let j =', j);
  }, j * 50);
}
