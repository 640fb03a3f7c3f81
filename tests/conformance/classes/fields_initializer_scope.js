let outer = 'outer';
class Scoped {
  a = outer;
  b = this.a + '!';
  c = (() => this.b + '?')();
  d = typeof Scoped;
  e = [1, 2, 3].map((n) => n * this.a.length);
}
outer = 'changed';
console.log(new Scoped());
class Sequence {
  static next = 0;
  id = Sequence.next++;
}
console.log(new Sequence().id, new Sequence().id, new Sequence().id, Sequence.next);
class Shadow {
  x = 1;
  constructor() {
    this.x = 2;
  }
}
console.log(new Shadow().x);
class Setter {
  set value(v) {
    console.log('setter called with', v);
  }
}
class Defines extends Setter {
  value = 'field wins';
}
const d = new Defines();
console.log(Object.getOwnPropertyDescriptor(d, 'value').value);
