// Simulated fetch with Promise.race timeouts and retries; the fake server has per-URL latency schedules.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class TimeoutError extends Error {
  constructor(ms) {
    super(`timed out after ${ms}ms`);
    this.name = 'TimeoutError';
  }
}
class HttpError extends Error {
  constructor(status, url) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
    this.status = status;
  }
}

const schedules = {
  '/fast': [{ ms: 1, status: 200, body: 'fast-data' }],
  '/slow-then-ok': [{ ms: 40, status: 200, body: 'late' }, { ms: 2, status: 200, body: 'second try' }],
  '/flaky': [{ ms: 1, status: 503 }, { ms: 1, status: 503 }, { ms: 1, status: 200, body: 'recovered' }],
  '/missing': [{ ms: 1, status: 404 }],
  '/always-slow': [{ ms: 45, status: 200, body: 'never seen' }],
};
const callCounts = {};

function fakeFetch(url) {
  const n = (callCounts[url] = (callCounts[url] || 0) + 1);
  const plan = schedules[url];
  const step = plan[Math.min(n, plan.length) - 1];
  return sleep(step.ms).then(() => ({ ok: step.status < 400, status: step.status, body: step.body }));
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function fetchWithRetry(url, { retries = 2, timeout = 15 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await withTimeout(fakeFetch(url), timeout);
      if (!res.ok) throw new HttpError(res.status, url);
      return `${res.body} (attempt ${attempt})`;
    } catch (e) {
      const retryable = e instanceof TimeoutError || (e instanceof HttpError && e.status >= 500);
      console.log(`  ${url} attempt ${attempt}: ${e.name}: ${e.message}${retryable ? '' : ' [fatal]'}`);
      if (!retryable || attempt > retries) throw e;
    }
  }
}

async function main() {
  for (const url of Object.keys(schedules)) {
    console.log(`GET ${url}`);
    try {
      console.log(`  => ${await fetchWithRetry(url, { retries: url === '/always-slow' ? 0 : 2 })}`);
    } catch (e) {
      console.log(`  => gave up: ${e.name} (${e instanceof HttpError ? e.status : 'n/a'})`);
    }
  }
  console.log('calls per url:', callCounts);
  const winner = await Promise.race([sleep(20).then(() => 'slow'), sleep(3).then(() => 'quick'), 'sync-value']);
  console.log('race winner:', winner);
}
main();
