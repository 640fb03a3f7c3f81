// Wrapping errors from awaited operations with { cause } and inspecting the chain.
async function readConfig(name) {
  await null;
  if (name !== 'app.json') throw new Error(`ENOENT: ${name}`);
  return '{"port": 80';
}
async function loadConfig(name) {
  let text;
  try { text = await readConfig(name); } catch (e) {
    throw new Error(`cannot read ${name}`, { cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`cannot parse ${name}`, { cause: e });
  }
}
async function main() {
  for (const name of ['missing.json', 'app.json']) {
    try {
      await loadConfig(name);
    } catch (e) {
      console.log(e.name + ': ' + e.message);
      console.log('  cause:', e.cause.name + ': ' + e.cause.message);
      console.log('  cause is Error:', e.cause instanceof Error, 'own cause:', Object.hasOwn(e, 'cause'));
    }
  }
}
main();
