class Counter {
  static count = 0;
  static instances = [];
  constructor(label) {
    this.label = label;
    Counter.count++;
    Counter.instances.push(label);
  }
  static reset() {
    this.count = 0;
    return this;
  }
  static get total() {
    return `${Counter.count} made`;
  }
}
new Counter('a');
new Counter('b');
console.log(Counter.count, Counter.instances, Counter.total);
console.log(Counter.reset() === Counter, Counter.count);
console.log(Counter);
console.log(Object.keys(Counter));
