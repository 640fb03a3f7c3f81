// Mini test framework: describe/it registration, async tests, hooks, timeouts via Promise.race, and a summary.
const suites = [];
let current = null;
function describe(name, fn) {
  current = { name, tests: [], beforeEach: [] };
  suites.push(current);
  fn();
  current = null;
}
// The default timeout is far above what a passing test takes, even traced on a slow machine.
const it = (name, fn, timeout = 500) => current.tests.push({ name, fn, timeout });
const beforeEach = (fn) => current.beforeEach.push(fn);
function expect(actual) {
  return {
    toBe(expected) {
      if (!Object.is(actual, expected)) throw new Error(`expected ${JSON.stringify(expected)} but got ${JSON.stringify(actual)}`);
    },
    toEqual(expected) {
      const a = JSON.stringify(actual), e = JSON.stringify(expected);
      if (a !== e) throw new Error(`expected ${e} but got ${a}`);
    },
    toThrow(fragment) {
      try {
        actual();
      } catch (e) {
        if (!e.message.includes(fragment)) throw new Error(`threw "${e.message}", wanted "${fragment}"`);
        return;
      }
      throw new Error('expected function to throw');
    },
  };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('math', () => {
  let base;
  beforeEach(() => { base = 10; });
  it('adds', () => expect(base + 5).toBe(15));
  it('mutating base does not leak', () => { base++; expect(base).toBe(11); });
  it('sees a fresh base', () => expect(base).toBe(10));
  it('floating point', () => expect(0.1 + 0.2).toBe(0.3));
});
describe('async', () => {
  it('awaits a value', async () => { expect(await Promise.resolve([1, 2])).toEqual([1, 2]); });
  it('rejects', async () => { await sleep(1); throw new TypeError('async failure'); });
  it('is too slow', async () => { await sleep(45); }, 5);
  it('throws as expected', () => expect(() => JSON.parse('{bad')).toThrow('JSON'));
  it('does not throw', () => expect(() => 1).toThrow('anything'));
});

async function run() {
  const results = { pass: 0, fail: 0, failures: [] };
  for (const suite of suites) {
    console.log(suite.name);
    for (const t of suite.tests) {
      suite.beforeEach.forEach((h) => h());
      let timer;
      const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${t.timeout}ms`)), t.timeout); });
      try {
        await Promise.race([Promise.resolve().then(t.fn), timeout]);
        results.pass++;
        console.log(`  ✓ ${t.name}`);
      } catch (e) {
        results.fail++;
        results.failures.push(`${suite.name} > ${t.name}`);
        console.log(`  ✗ ${t.name} — ${e.name}: ${e.message}`);
      } finally {
        clearTimeout(timer);
      }
    }
  }
  console.log(`\n${results.pass} passed, ${results.fail} failed`);
  results.failures.forEach((f, i) => console.log(`${i + 1}) ${f}`));
  return results.fail === 0;
}
run().then((ok) => console.log(ok ? 'ALL GREEN' : 'SOME RED'));
