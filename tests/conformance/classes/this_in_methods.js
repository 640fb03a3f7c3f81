class Thing {
  who() {
    return this;
  }
  static who() {
    return this;
  }
  nested() {
    function inner() {
      return this;
    }
    return inner();
  }
}
const t = new Thing();
const unbound = t.who;
console.log(unbound(), t.who() === t, Thing.who() === Thing);
const staticUnbound = Thing.who;
console.log(staticUnbound());
console.log(t.nested());
console.log(unbound.call(5), typeof unbound.call('s'));
