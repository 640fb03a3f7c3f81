// Graph algorithms: BFS shortest hops, Dijkstra with a simple binary heap, and path reconstruction.
class MinHeap {
  constructor() { this.a = []; }
  get size() { return this.a.length; }
  push(item) {
    const a = this.a;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

const edges = [['A', 'B', 4], ['A', 'C', 2], ['B', 'C', 5], ['B', 'D', 10], ['C', 'E', 3], ['E', 'D', 4], ['D', 'F', 11], ['E', 'F', 20], ['G', 'H', 1]];
const graph = new Map();
for (const [u, v, w] of edges) {
  if (!graph.has(u)) graph.set(u, []);
  if (!graph.has(v)) graph.set(v, []);
  graph.get(u).push({ to: v, w });
  graph.get(v).push({ to: u, w });
}

function bfs(start) {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  const order = [];
  while (queue.length) {
    const u = queue.shift();
    order.push(u);
    for (const { to } of graph.get(u)) {
      if (!dist.has(to)) {
        dist.set(to, dist.get(u) + 1);
        queue.push(to);
      }
    }
  }
  return { dist, order };
}

function dijkstra(src) {
  const dist = new Map([...graph.keys()].map((k) => [k, Infinity]));
  const prev = new Map();
  const heap = new MinHeap();
  dist.set(src, 0);
  heap.push([0, src]);
  let pops = 0;
  while (heap.size) {
    const [d, u] = heap.pop();
    pops++;
    if (d > dist.get(u)) continue;
    for (const { to, w } of graph.get(u)) {
      const nd = d + w;
      if (nd < dist.get(to)) {
        dist.set(to, nd);
        prev.set(to, u);
        heap.push([nd, to]);
      }
    }
  }
  return { dist, prev, pops };
}

const path = (prev, target) => {
  const p = [target];
  while (prev.has(p[0])) p.unshift(prev.get(p[0]));
  return p;
};

const { dist: hops, order } = bfs('A');
console.log('BFS order:', order.join(' '));
console.log('hops:', Object.fromEntries(hops));
const { dist, prev, pops } = dijkstra('A');
for (const [node, d] of dist) {
  console.log(`A -> ${node}: ${d === Infinity ? 'unreachable' : `${String(d).padStart(2)} via ${path(prev, node).join('>')}`}`);
}
console.log('heap pops:', pops);
console.log(bfs('G').order, [...dijkstra('H').dist.entries()].filter(([, d]) => d < Infinity));
