function setup() {
  let count = 0;
  {
    var count = 1;
  }
}
