// The order in which the copying methods convert their arguments, and how the index shows up
// in `with`'s RangeError.
const log = [];
const arg = (name, v) => ({ valueOf() { log.push(name); return v; } });
const run = (label, f) => {
  log.length = 0;
  let result;
  try { result = JSON.stringify(f()); } catch (e) { result = e.name + ': ' + e.message; }
  console.log(label, result, '|', log.join(', '));
};
const a = ['a', 'b', 'c', 'd'];
run('toSpliced', () => a.toSpliced(arg('start', 1), arg('count', 2), 'x'));
run('toSpliced no count', () => a.toSpliced(arg('start', -1)));
run('with', () => a.with(arg('index', 1), 'w'));
run('with bad object', () => a.with(arg('index', 5), 'w'));
run('with bad array', () => a.with([5], 'w'));
run('with bad string', () => a.with('x9', 'w') && a.with('9', 'w'));
run('with bad bool', () => [].with(true, 'w'));
run('with bad float', () => a.with(-7.25, 'w'));
run('with symbol', () => a.with(Symbol('s'), 'w'));
run('copyWithin', () => [1, 2, 3, 4].copyWithin(arg('target', 0), arg('start', 1), arg('end', 2)));
run('join', () => a.join({ toString() { log.push('sep'); return '+'; } }));
run('bad cmp first', () => a.toSorted('nope'));
run('cmp throws', () => a.toSorted(() => { log.push('cmp'); throw new RangeError('stop'); }));
run('element toString', () => [{ toString() { log.push('x'); return 'x'; } }, 1].toSorted());
run('untouched', () => a);
