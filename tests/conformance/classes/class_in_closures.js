function makeCounterClass(start) {
  let created = 0;
  return class Counter {
    value = start;
    constructor() {
      created++;
    }
    inc() {
      this.value++;
      return this;
    }
    static created() {
      return created;
    }
  };
}
const C1 = makeCounterClass(10);
const C2 = makeCounterClass(100);
new C1();
const c = new C1().inc().inc();
new C2();
console.log(c.value, C1.created(), C2.created(), new C2().value);
console.log(C1 === C2, C1.name);
