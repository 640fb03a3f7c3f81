// Deep data handled inside generator and async bodies (parsed, serialized, dropped), and a
// runaway recursion there, must stay within the native-stack guard like at top level.
function nest(depth) {
  let a = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}

function list(length) {
  let head = null;
  for (let i = 0; i < length; i++) head = { next: head };
  return head;
}

function attempt(what, f) {
  try {
    return `${what}: ${f()}`;
  } catch (e) {
    return `${what}: ${e.name}: ${e.message}`;
  }
}

function recurse(n) {
  return n === 0 ? 0 : 1 + recurse(n - 1);
}

const deepText = '['.repeat(100000) + ']'.repeat(100000);

function* holder() {
  // Suspended while holding deep data; dropping the generator drops it all.
  const kept = [nest(100000), list(200000)];
  yield attempt('parse', () => JSON.parse(deepText).length);
  yield attempt('stringify', () => JSON.stringify(nest(3000)).length);
  yield attempt('recursion', () => recurse(1e6));
  yield kept.length;
}

const g = holder();
console.log(g.next().value);
console.log(g.next().value);
console.log(g.next().value);
console.log(g.return('dropped').value);

async function pending() {
  const kept = [nest(100000), list(200000)];
  await null;
  console.log(attempt('async parse', () => JSON.parse(deepText).length));
  console.log(attempt('async recursion', () => recurse(1e6)));
  return kept.length;
}

pending().then((n) => console.log('async done', n));
