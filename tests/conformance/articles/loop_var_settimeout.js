// article: var in a for loop is shared, so every timer sees the final value (3 3 3)
for (var i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log(i);
  }, 0);
}
