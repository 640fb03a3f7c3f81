class Shape {
  area() {
    return super();
  }
}
