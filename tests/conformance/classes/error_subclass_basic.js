class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}
const e = new ValidationError('email is invalid');
console.log(e instanceof ValidationError, e instanceof Error, e instanceof TypeError);
console.log(e.message, e.name, String(e));
console.log(e.stack.split('\n')[0]);
console.log(`${e}`, Object.prototype.toString.call(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
try {
  throw new ValidationError('thrown');
} catch (err) {
  console.log(err.name + ': ' + err.message, err.constructor.name);
}
