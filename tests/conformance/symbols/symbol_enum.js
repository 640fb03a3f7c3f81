// Symbols as unique enum values in a switch-based reducer; values print nicely and never collide with strings.
const Status = Object.freeze({
  Idle: Symbol('Idle'),
  Loading: Symbol('Loading'),
  Done: Symbol('Done'),
  Failed: Symbol('Failed'),
});
function next(status, event) {
  switch (status) {
    case Status.Idle:
      return event === 'fetch' ? Status.Loading : status;
    case Status.Loading:
      return event === 'ok' ? Status.Done : event === 'err' ? Status.Failed : status;
    case Status.Failed:
      return event === 'retry' ? Status.Loading : status;
    default:
      return status;
  }
}
let s = Status.Idle;
for (const ev of ['ok', 'fetch', 'err', 'retry', 'ok', 'fetch']) {
  const prev = s;
  s = next(s, ev);
  console.log(`${prev.description.padEnd(7)} --${ev}--> ${s.description}${prev === s ? ' (unchanged)' : ''}`);
}
console.log(s === Status.Done, s === 'Done', s.toString() === 'Symbol(Done)');
console.log(Status);
console.log(Object.values(Status).map((x) => x.description).join('|'));
const labels = { [Status.Done]: 'finished', [Status.Failed]: 'broken' };
console.log(labels[s], labels[Status.Idle], labels);
