// article: let in a for loop gives each timer its own binding (0 1 2)
for (let i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log(i);
  }, 0);
}
