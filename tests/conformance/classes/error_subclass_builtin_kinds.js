class ConfigTypeError extends TypeError {
  constructor(key) {
    super(`bad type for ${key}`);
    this.name = 'ConfigTypeError';
    this.key = key;
  }
}
const e = new ConfigTypeError('port');
console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError);
console.log(String(e), e.key);
class Wrapped extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = 'Wrapped';
  }
}
const w = new Wrapped('outer', new RangeError('inner'));
console.log(w.cause.message, w.cause instanceof RangeError, String(w));
class NoMessage extends Error {}
console.log(String(new NoMessage()), new NoMessage().message === '');
console.log(Object.getPrototypeOf(ConfigTypeError) === TypeError);
