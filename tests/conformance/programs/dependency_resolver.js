// Dependency resolver: topological sort (Kahn + DFS), cycle detection, and install levels.
const packages = {
  app: ['web', 'db', 'log'],
  web: ['http', 'log'],
  http: ['net'],
  db: ['net', 'log'],
  net: [],
  log: ['fmt'],
  fmt: [],
  tests: ['app', 'mock'],
  mock: [],
};

function kahn(graph) {
  const indeg = {};
  for (const k of Object.keys(graph)) if (indeg[k] === undefined) indeg[k] = 0;
  for (const [pkg, deps] of Object.entries(graph)) {
    indeg[pkg] = deps.length;
    for (const d of deps) if (indeg[d] === undefined) indeg[d] = 0;
  }
  const dependents = {};
  for (const [pkg, deps] of Object.entries(graph)) for (const d of deps) (dependents[d] = dependents[d] || []).push(pkg);
  let ready = Object.keys(indeg).filter((k) => indeg[k] === 0).sort();
  const levels = [];
  let seen = 0;
  while (ready.length) {
    levels.push(ready);
    seen += ready.length;
    const next = [];
    for (const pkg of ready) {
      for (const dep of dependents[pkg] || []) if (--indeg[dep] === 0) next.push(dep);
    }
    ready = next.sort();
  }
  if (seen !== Object.keys(indeg).length) {
    const stuck = Object.keys(indeg).filter((k) => indeg[k] > 0);
    throw new Error(`cycle among: ${stuck.join(', ')}`);
  }
  return levels;
}

function dfsOrder(graph, root) {
  const order = [];
  const state = new Map();
  function visit(node, path) {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'active') throw new Error(`cycle: ${[...path, node].join(' -> ')}`);
    state.set(node, 'active');
    for (const d of graph[node] || []) visit(d, [...path, node]);
    state.set(node, 'done');
    order.push(node);
  }
  visit(root, []);
  return order;
}

const levels = kahn(packages);
levels.forEach((lvl, i) => console.log(`level ${i}: ${lvl.join(' ')}`));
console.log('install order for app:', dfsOrder(packages, 'app').join(', '));
console.log('install order for tests:', dfsOrder(packages, 'tests').join(', '));
console.log('leaf only:', dfsOrder(packages, 'fmt'));

const cyclic = { ...packages, net: ['tls'], tls: ['app'] };
try {
  kahn(cyclic);
} catch (e) {
  console.log('kahn:', e.message);
}
try {
  dfsOrder(cyclic, 'tests');
} catch (e) {
  console.log('dfs:', e.message);
}
const counts = Object.fromEntries(Object.keys(packages).map((p) => [p, dfsOrder(packages, p).length - 1]));
console.log('transitive dependency counts:', counts);
