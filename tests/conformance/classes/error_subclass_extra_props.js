class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}
class NotFound extends HttpError {
  constructor(path) {
    super(404, `${path} not found`);
    this.name = 'NotFound';
    this.path = path;
  }
}
const errors = [new HttpError(500, 'boom'), new NotFound('/x')];
errors.forEach((e) => {
  console.log(e.name, e.status, e.isClientError, e.message);
  console.log(String(e), e instanceof HttpError, e instanceof NotFound);
  console.log(e.stack.split('\n')[0]);
});
console.log(Object.keys(errors[1]));
console.log(JSON.stringify(errors[1]));
