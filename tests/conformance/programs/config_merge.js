// JSON config merger: deep merge of defaults/file/env layers with spread, destructuring and validation.
const defaults = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } },
  logging: { level: 'info', targets: ['stdout'] },
  features: { beta: false },
  retries: 3,
};
const fileConfig = JSON.parse('{"server":{"port":9090,"tls":{"enabled":true,"cert":"a.pem"}},"logging":{"targets":["file"]},"name":"svc"}');
const envConfig = { server: { host: '0.0.0.0' }, features: { beta: true, extra: 1 }, retries: undefined };

const isPlain = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function deepMerge(base, override, path = '', changes = []) {
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const p = path ? `${path}.${key}` : key;
    if (value === undefined) continue;
    if (isPlain(value) && isPlain(base[key])) {
      out[key] = deepMerge(base[key], value, p, changes);
    } else {
      if (!(key in base)) changes.push(`+ ${p}=${JSON.stringify(value)}`);
      else if (JSON.stringify(base[key]) !== JSON.stringify(value)) changes.push(`~ ${p}: ${JSON.stringify(base[key])} -> ${JSON.stringify(value)}`);
      out[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  return out;
}

function validate({ server: { port, host, tls: { enabled, cert } = {} } = {}, logging: { level = 'info' } = {}, ...rest }) {
  const problems = [];
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`bad port ${port}`);
  if (enabled && !cert) problems.push('tls enabled without cert');
  if (!['debug', 'info', 'warn'].includes(level)) problems.push(`bad level ${level}`);
  return { ok: problems.length === 0, problems, summary: `${host}:${port}`, extraKeys: Object.keys(rest) };
}

const changes = [];
const merged = [fileConfig, envConfig].reduce((acc, layer) => deepMerge(acc, layer, '', changes), defaults);
console.log('changes:');
changes.forEach((c) => console.log('  ' + c));
console.log(JSON.stringify(merged, null, 2));
console.log(validate(merged));
console.log('defaults untouched:', JSON.stringify(defaults.server), defaults.logging.targets);

const bad = deepMerge(merged, { server: { port: 70000, tls: { cert: '' } }, logging: { level: 'loud' } });
console.log(validate(bad));
const { server: { tls, ...serverRest }, ...top } = bad;
console.log(tls, serverRest, Object.keys(top));
console.log(validate({}));
