class Base {
  constructor(...args) {
    this.args = args;
  }
}
class PassThrough extends Base {}
console.log(new PassThrough(1, 'two', [3]));
class Empty {}
console.log(new Empty(), Empty.length, PassThrough.length);
class WithFields extends Base {
  tag = 'wf';
}
console.log(new WithFields('x'));
console.log(Object.getOwnPropertyNames(new WithFields()));
