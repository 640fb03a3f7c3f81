// Job scheduler with retries and exponential backoff.
// Jobs fail a fixed number of times before succeeding; delays are tiny setTimeouts.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Scheduler {
  constructor({ maxRetries = 3, baseDelay = 1 } = {}) {
    this.maxRetries = maxRetries;
    this.baseDelay = baseDelay;
    this.log = [];
  }
  async run(job) {
    let attempt = 0;
    while (true) {
      attempt++;
      try {
        const result = await job.fn(attempt);
        this.log.push(`${job.name}:ok@${attempt}`);
        console.log(`[${job.name}] attempt ${attempt} succeeded -> ${result}`);
        return { name: job.name, status: 'done', result, attempts: attempt };
      } catch (e) {
        console.log(`[${job.name}] attempt ${attempt} failed: ${e.message}`);
        if (attempt > this.maxRetries) {
          this.log.push(`${job.name}:gave-up`);
          return { name: job.name, status: 'failed', error: e.message, attempts: attempt };
        }
        const delay = this.baseDelay * 2 ** (attempt - 1);
        console.log(`[${job.name}] backing off ${delay}ms`);
        await sleep(delay);
      }
    }
  }
}

function flaky(name, failures, value) {
  return {
    name,
    fn: async (attempt) => {
      if (attempt <= failures) throw new Error(`${name} transient #${attempt}`);
      return value;
    },
  };
}

async function main() {
  const s = new Scheduler({ maxRetries: 3, baseDelay: 2 });
  const jobs = [flaky('alpha', 0, 10), flaky('beta', 2, 20), flaky('gamma', 5, 30)];
  const results = [];
  for (const job of jobs) {
    results.push(await s.run(job));
  }
  console.log('--- summary ---');
  for (const r of results) {
    const tail = r.status === 'done' ? `result=${r.result}` : `error=${r.error}`;
    console.log(`${r.name.padEnd(6)} ${r.status.padEnd(7)} attempts=${r.attempts} ${tail}`);
  }
  console.log(s.log.join(' | '));
  const total = results.reduce((acc, r) => acc + (r.result || 0), 0);
  console.log('total of successful results:', total);
}

main().then(() => console.log('scheduler finished'));
