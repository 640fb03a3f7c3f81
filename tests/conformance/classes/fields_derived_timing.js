const log = [];
class Parent {
  parentField = log.push('parent field');
  constructor() {
    log.push('parent ctor, child field is ' + this.childField);
  }
}
class Child extends Parent {
  childField = (log.push('child field'), 'set');
  constructor() {
    log.push('before super');
    super();
    log.push('after super: ' + this.childField);
  }
}
new Child();
console.log(log.join('\n'));
class NoCtor extends Parent {
  extra = 'x';
}
console.log(new NoCtor());
