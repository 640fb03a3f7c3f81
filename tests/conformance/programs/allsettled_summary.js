// Batch of health checks run with Promise.allSettled and summarised into a status table.
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const services = [
  { name: 'auth', latency: 20, fail: null },
  { name: 'billing', latency: 45, fail: 'connection refused' },
  { name: 'search', latency: 1, fail: null },
  { name: 'email', latency: 30, fail: 'quota exceeded' },
  { name: 'cdn', latency: 10, fail: null },
];
const finished = [];

async function check(svc) {
  await wait(svc.latency);
  finished.push(svc.name);
  if (svc.fail) throw new Error(svc.fail);
  return { name: svc.name, latency: svc.latency };
}

async function main() {
  const settled = await Promise.allSettled([...services.map(check), Promise.resolve('static'), Promise.reject(new TypeError('bad config'))]);
  console.log('finish order:', finished.join(' '));
  console.log(settled.map((s) => s.status));
  const ok = settled.filter((s) => s.status === 'fulfilled');
  const bad = settled.filter((s) => s.status === 'rejected');
  console.log(`${ok.length} fulfilled, ${bad.length} rejected`);
  settled.forEach((s, i) => {
    const label = (services[i]?.name ?? `extra${i}`).padEnd(8);
    if (s.status === 'fulfilled') {
      const v = typeof s.value === 'string' ? s.value : `${s.value.latency}ms`;
      console.log(`${label} UP   ${v}`);
    } else {
      console.log(`${label} DOWN ${s.reason.name}: ${s.reason.message}`);
    }
  });
  const byReason = bad.reduce((m, s) => m.set(s.reason.name, (m.get(s.reason.name) || 0) + 1), new Map());
  console.log(byReason);
  console.log(settled[2]);
  console.log(await Promise.allSettled([]));
  try {
    await Promise.all(services.map(check));
  } catch (e) {
    console.log('Promise.all rejects with first failure:', e.message);
  }
  const any = await Promise.any(services.map(check));
  console.log('Promise.any first success:', any.name);
}
main();
