// Error cause chains: subclass passing options to super, walking e.cause, and wrapping a JSON.parse failure.
const e1 = new Error('wrapped', { cause: new TypeError('root problem') });
class DbError extends Error {
  constructor(msg, opts) {
    super(msg, opts);
    this.name = 'DbError';
  }
}
const e6 = new DbError('query failed', { cause: e1 });
let depth = 0;
for (let e = e6; e; e = e.cause) {
  console.log(' '.repeat(depth * 2) + e.name + ': ' + e.message);
  depth++;
}
console.log(Object.keys(e6), Object.getOwnPropertyNames(e6).filter((k) => k !== 'stack'));
try {
  try {
    JSON.parse('{');
  } catch (inner) {
    throw new Error('config unreadable', { cause: inner });
  }
} catch (outer) {
  console.log(outer.message, '<-', outer.cause.name, outer.cause instanceof SyntaxError);
}
