// Plays back a `minnow --trace-html` page in a real Chromium and checks what it shows.
//
//   node tests/browser/trace_page.mjs PAGE PNG EXPECTED_STDOUT [BIG_PAGE...]
//
// PAGE is the page of js-examples/08-the-classic-quiz.js (run with --virtual-time), PNG where
// to save a screenshot of a mid-run step, EXPECTED_STDOUT node's output for the program (the
// console box at the last step must equal it). Each BIG_PAGE is a large trace: the page must
// load without errors and jumping between its ends must stay fast.
//
// Chromium comes from $CHROMIUM, else /usr/bin/chromium (Debian's package).
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [pagePath, pngPath, expectedPath, ...bigPages] = process.argv.slice(2);
if (!pagePath || !pngPath || !expectedPath) {
  console.error('usage: node trace_page.mjs PAGE PNG EXPECTED_STDOUT [BIG_PAGE...]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
// The bound for one jump, measured inside the page (generous: the machine may be busy).
const JUMP_MS = Number(process.env.JUMP_MS || 200);

class Failure extends Error {}
function check(cond, message) {
  if (!cond) throw new Failure(message);
}
function eq(actual, expected, what) {
  check(actual === expected,
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const problems = [];
function watch(page, label) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${label}: console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`${label}: the page requested ${r.url()}`);
  });
}
function noProblems() {
  check(problems.length === 0, problems.join('\n'));
}

// What the page shows.
const text = (page, id) => page.$eval(`#${id}`, (e) => e.textContent);
const entries = (page, id) =>
  page.$$eval(`#${id} .entry`, (es) => es.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
async function position(page) {
  const counter = await text(page, 'step-counter');
  const m = /^(\d+) \/ (\d+)$/.exec(counter.trim());
  check(m, `step-counter reads ${JSON.stringify(counter)}`);
  return Number(m[1]);
}
async function forwardTo(page, n, visit) {
  let at = await position(page);
  check(at <= n, `cannot step forward from ${at} to ${n}`);
  while (at < n) {
    await page.click('#btn-forward');
    const now = await position(page);
    eq(now, at + 1, 'btn-forward moves one step');
    at = now;
    if (visit) await visit(at);
  }
}

const browser = await chromium.launch({ executablePath, headless: true });
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Anything but the page itself would be an external resource: refuse it.
  await context.route((url) => !url.href.startsWith('file:'), (route) => route.abort());
  const page = await context.newPage();
  watch(page, 'quiz page');
  const url = pathToFileURL(resolve(pagePath)).href;
  await page.goto(url);
  const expected = readFileSync(expectedPath, 'utf8');

  // The trace, as embedded in the page: the steps to look at are found in it.
  const steps = await page.evaluate(() => window.MINNOW_TRACE.steps);
  const total = steps.length;
  check(total > 0, 'the page holds no steps');
  steps.forEach((s, i) => eq(s.step, i + 1, 'steps are numbered from 1'));
  const consoleUpTo = (n) => steps.slice(0, n).filter((s) => s.kind === 'console').map((s) => s.output).join('');
  const find = (what, pred) => {
    const s = steps.find(pred);
    check(s, `no ${what} step in the trace`);
    return s.step;
  };

  // Step 0: before the start, every box is empty.
  eq(await position(page), 0, 'the page opens at step');
  eq(await text(page, 'step-counter'), `0 / ${total}`, 'step-counter at the start');
  for (const box of ['box-stack', 'box-webapis', 'box-callbacks', 'box-microtasks', 'box-console']) {
    eq((await entries(page, box)).length, 0, `entries in #${box} at step 0`);
    eq(await text(page, box), '', `#${box} at step 0`);
  }
  check(await page.$eval('#cause-link', (e) => e.hidden), 'no cause link at step 0');

  // Forward, step by step: the stack and the console follow the trace at every step.
  const setBar = find('timer-set of bar', (s) => s.kind === 'timer-set' && s.callback === 'bar');
  const enqueue = find('microtask-enqueue', (s) => s.kind === 'microtask-enqueue');
  const firstRun = find('timer-run', (s) => s.kind === 'timer-run');
  check(setBar < enqueue && enqueue < firstRun, `unexpected order: ${setBar}, ${enqueue}, ${firstRun}`);
  let grew = 0;
  await forwardTo(page, firstRun, async (n) => {
    const s = steps[n - 1];
    const stack = await entries(page, 'box-stack');
    eq(stack.length, s.boxes.stack.length, `stack entries at step ${n}`);
    if (stack.length) {
      const top = s.boxes.stack[s.boxes.stack.length - 1];
      check(stack[0].startsWith(top.name), `step ${n}: the top of the stack is ${stack[0]}, not ${top.name}`);
    }
    const out = await text(page, 'box-console');
    eq(out, consoleUpTo(n), `console box at step ${n}`);
    check(expected.startsWith(out), `step ${n}: the console box is not a prefix of node's output`);
    if (s.kind === 'console') grew++;
    if (n === setBar) {
      const apis = await entries(page, 'box-webapis');
      check(apis.some((e) => e.includes('bar') && e.includes('#' + s.timer)),
        `step ${n} (timer-set): Web APIs box ${JSON.stringify(apis)} lacks bar`);
      check((await text(page, 'narration')).startsWith(`step ${n} / ${total} · t = `),
        `narration: ${await text(page, 'narration')}`);
    }
    if (n === enqueue) {
      const jobs = await entries(page, 'box-microtasks');
      check(jobs.some((e) => e.includes(s.name) && e.includes(`(tick ${s.tick})`)),
        `step ${n} (microtask-enqueue): Microtask Queue box ${JSON.stringify(jobs)} lacks ${s.name}`);
      check(await page.$eval('#source .ln.cur', (e) => !!e && e.querySelector('mark') !== null),
        `step ${n}: the source line is not highlighted`);
      const cur = await page.$eval('#source .ln.cur .no', (e) => e.textContent);
      eq(cur, String(s.span.line), `highlighted line at step ${n}`);
    }
    if (n === firstRun) {
      eq(stack.length, 0, `stack entries at the first timer-run (step ${n})`);
      const queued = await entries(page, 'box-callbacks');
      check(queued.some((e) => e.includes('quiz2')),
        `step ${n} (timer-run): the callback queue ${JSON.stringify(queued)} lacks quiz2`);
    }
  });
  check(grew >= 3, `the console grew only ${grew} times on the way`);

  // The keyboard.
  await page.keyboard.press('ArrowRight');
  eq(await position(page), firstRun + 1, 'after ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  eq(await position(page), firstRun - 1, 'after ArrowLeft twice');
  await page.keyboard.press('End');
  eq(await position(page), total, 'after End');
  await page.keyboard.press('Home');
  eq(await position(page), 0, 'after Home');
  eq(await text(page, 'box-console'), '', 'console box after Home');

  // The last step: the console holds exactly what node prints.
  await page.click('#btn-end');
  eq(await position(page), total, 'after btn-end');
  eq(await text(page, 'box-console'), expected, 'console box at the last step (vs node)');
  eq(await page.evaluate(() => location.hash), `#step=${total}`, 'the URL hash at the end');

  // The slider, then the cause link of the first timer-run.
  await page.fill('#step-slider', String(firstRun));
  eq(await position(page), firstRun, 'after moving the slider');
  const cause = steps[firstRun - 1].cause;
  check(cause, `step ${firstRun} has no cause`);
  check(!(await page.$eval('#cause-link', (e) => e.hidden)), `no cause link at step ${firstRun}`);
  check((await text(page, 'cause-link')).includes(`step ${cause.step}`), 'the cause link names its step');
  await page.click('#cause-link');
  eq(await position(page), cause.step, 'after clicking the cause link');
  eq(await page.evaluate(() => location.hash), `#step=${cause.step}`, 'the URL hash after the cause link');
  await page.focus('#step-slider');
  await page.keyboard.press('ArrowRight');
  eq(await position(page), cause.step + 1, 'ArrowRight on the focused slider moves one step');

  // Playing: the button toggles, the position advances, then stays.
  await page.click('#btn-start');
  await page.selectOption('#speed', '8');
  await page.click('#btn-play');
  check((await text(page, 'btn-play')).includes('Pause'), 'btn-play reads Pause while playing');
  await page.waitForTimeout(700);
  await page.click('#btn-play');
  check((await text(page, 'btn-play')).includes('Play'), 'btn-play reads Play when paused');
  const played = await position(page);
  check(played > 0, 'playing did not advance');
  await page.waitForTimeout(300);
  eq(await position(page), played, 'the position after pausing');
  await page.keyboard.press('Space');
  await page.waitForTimeout(500);
  await page.keyboard.press('Space');
  const spaced = await position(page);
  check(spaced > played, `Space did not play (${played} → ${spaced})`);
  check((await text(page, 'btn-play')).includes('Play'), 'Space pauses again');

  // The URL hash: reloading keeps the position.
  await page.goto(`${url}#step=${setBar}`);
  await page.reload();
  eq(await position(page), setBar, 'position after loading #step=N');

  // A screenshot where every box holds something.
  const counts = (s) => [s.boxes.stack.length, s.boxes.webapis.length, s.boxes.microtasks.length];
  const busy = steps.filter((s) => counts(s).every((c) => c > 0) && consoleUpTo(s.step) !== '');
  check(busy.length > 0, 'no step has the stack, Web APIs and microtasks all busy');
  const shot = busy.reduce((a, b) => (counts(b)[0] > counts(a)[0] ? b : a)).step;
  await page.click('#btn-start');
  await page.fill('#step-slider', String(shot));
  eq(await position(page), shot, 'screenshot step');
  mkdirSync(dirname(resolve(pngPath)), { recursive: true });
  await page.screenshot({ path: pngPath });
  noProblems();
  console.log(`ok: ${pagePath}: ${total} steps; forward through ${firstRun}, keys, end (console = node), ` +
    `slider, cause link, play; screenshot of step ${shot} in ${pngPath}`);

  // Large traces: loading, and jumps measured inside the page.
  for (const big of bigPages) {
    const p = await context.newPage();
    watch(p, big);
    const t0 = Date.now();
    await p.goto(pathToFileURL(resolve(big)).href);
    const loadMs = Date.now() - t0;
    const info = await p.evaluate(() => {
      const steps = window.MINNOW_TRACE.steps;
      return {
        total: steps.length,
        out: steps.filter((s) => s.kind === 'console').map((s) => s.output).join(''),
      };
    });
    const rounds = await p.evaluate((total) => {
      const $ = (id) => document.getElementById(id);
      const timed = (act) => {
        const t = performance.now();
        act();
        void document.body.offsetHeight; // includes style and layout
        return performance.now() - t;
      };
      const slide = (n) => () => {
        $('step-slider').value = String(n);
        $('step-slider').dispatchEvent(new Event('input'));
      };
      const out = [];
      for (let i = 0; i < 3; i++) {
        out.push({
          end: timed(() => $('btn-end').click()),
          start: timed(() => $('btn-start').click()),
          middle: timed(slide(Math.floor(total / 2))),
          nearEnd: timed(slide(total - 1)),
          back: timed(() => $('btn-back').click()),
        });
      }
      return out;
    }, info.total);
    eq(await position(p), info.total - 2, `${big}: position after the jumps`);
    await p.click('#btn-end');
    eq(await text(p, 'box-console'), info.out, `${big}: console box at the last step`);
    const median = {};
    for (const k of Object.keys(rounds[0])) {
      const v = rounds.map((r) => r[k]).sort((a, b) => a - b);
      median[k] = v[1];
      check(v[1] < JUMP_MS, `${big}: jump "${k}" took ${v.map((x) => x.toFixed(1)).join(', ')} ms (bound ${JUMP_MS} ms)`);
    }
    noProblems();
    const fmt = Object.entries(median).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    console.log(`ok: ${big}: ${info.total} steps, loaded in ${loadMs} ms; median jump ms: ${fmt}`);
    await p.close();
  }
} catch (e) {
  failed = true;
  console.error(e instanceof Failure ? `FAIL: ${e.message}` : e);
  if (problems.length) console.error(problems.join('\n'));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
