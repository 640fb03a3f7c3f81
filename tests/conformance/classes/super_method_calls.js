class Logger {
  log(msg) {
    return `[log] ${msg}`;
  }
  get prefix() {
    return 'base';
  }
}
class TimestampLogger extends Logger {
  log(msg) {
    return super.log(`t=0 ${msg}`);
  }
  get prefix() {
    return super.prefix + '+ts';
  }
}
class UpperLogger extends TimestampLogger {
  log(msg) {
    const inner = super.log(msg.toUpperCase());
    const viaArrow = (() => super.log('arrow'))();
    return inner + ' | ' + viaArrow;
  }
  fromKey(k) {
    return super[k]('computed');
  }
}
const u = new UpperLogger();
console.log(u.log('hello'));
console.log(u.prefix);
console.log(u.fromKey('log'));
const obj = {
  greet() {
    return 'obj ' + super.toString.call(this).slice(0, 7);
  },
};
console.log(obj.greet());
