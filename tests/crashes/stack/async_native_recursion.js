// Natives recursing inside an async function (join/toString, string conversion, bound
// functions) once ran off the end of the async body's native stack and killed the process.
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

function conversions(depth) {
  const a = nest(depth);
  return [
    attempt('String', () => String(a).length),
    attempt('concat', () => ('' + a).length),
    attempt('template', () => `${a}`.length),
    attempt('join', () => a.join().length),
  ];
}

function boundChain(length) {
  let f = function () {
    return 'end of the chain';
  };
  for (let i = 0; i < length; i++) f = f.bind(null);
  return attempt(`${length} binds`, () => f());
}

async function shallow() {
  await null;
  return conversions(600);
}

async function deep() {
  return conversions(100000);
}

async function bound() {
  await null;
  return boundChain(2000);
}

(async () => {
  for (const line of await shallow()) console.log(line);
  for (const line of await deep()) console.log(line);
  console.log(await bound());
})();
