// Natives recursing inside a generator (join/toString, string conversion, bound functions)
// once ran off the end of the generator's native stack and killed the process.
function nest(depth) {
  let a = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}

function attempt(what, f) {
  try {
    return `${what}: ${f()}`;
  } catch (e) {
    return `${what}: ${e.name}: ${e.message}`;
  }
}

function* conversions(depth) {
  const a = nest(depth);
  yield attempt('String', () => String(a).length);
  yield attempt('concat', () => ('' + a).length);
  yield attempt('template', () => `${a}`.length);
  yield attempt('join', () => a.join().length);
}

function* boundChain(length) {
  let f = function () {
    return 'end of the chain';
  };
  for (let i = 0; i < length; i++) f = f.bind(null);
  yield attempt(`${length} binds`, () => f());
}

for (const line of conversions(600)) console.log(line);
for (const line of conversions(100000)) console.log(line);
for (const line of boundChain(2000)) console.log(line);
