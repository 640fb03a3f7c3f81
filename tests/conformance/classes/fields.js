let order = [];
class Base {
  a = (order.push('field a'), 1);
  b;
  c = this.a + 1;
  constructor() {
    order.push('ctor body, a=' + this.a);
  }
}
const x = new Base();
console.log(x, order);
console.log(Object.keys(x), 'b' in x, x.b);
const key = 'computed';
let n = 0;
class Keys {
  [key] = 'yes';
  [`k${++n}`] = n;
  ['with space'] = true;
  123 = 'num';
}
console.log(new Keys(), new Keys(), n);
