class TimeoutError extends Error {
  constructor(ms) {
    super(`timed out after ${ms}ms`);
    this.name = 'TimeoutError';
  }
}
const wait = (ms) =>
  new Promise((_, reject) => setTimeout(() => reject(new TimeoutError(ms)), ms));
wait(5)
  .catch((e) => {
    console.log('caught', e.name, e.message, e instanceof TimeoutError);
    return Promise.reject(new TimeoutError(10));
  })
  .catch((e) => console.log('again', String(e)));
