class DbError extends Error {}
DbError.prototype.name = 'DbError';
class QueryError extends DbError {
  get name() {
    return 'QueryError';
  }
}
const a = new DbError('down');
const b = new QueryError('bad sql');
console.log(String(a), String(b));
console.log(a.stack.split('\n')[0], '|', b.stack.split('\n')[0]);
console.log(Object.keys(a), Object.keys(b), b.name);
class Plain extends Error {}
const p = new Plain('plain');
console.log(p.name, String(p), p.stack.split('\n')[0], p.constructor.name);
const late = new Error('late');
late.name = 'Renamed';
console.log(late.stack.split('\n')[0]);
const early = new Error('early');
const first = early.stack.split('\n')[0];
early.name = 'Renamed';
console.log(first, early.stack.split('\n')[0], String(early));
