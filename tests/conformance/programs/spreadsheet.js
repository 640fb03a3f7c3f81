// Spreadsheet evaluator: cells hold numbers or formulas (=A1+B2*2, =SUM(A1:A3)); memoised evaluation with cycle detection.
const sheet = {
  A1: '5', A2: '7', A3: '=A1+A2', B1: '=A3*2', B2: '=SUM(A1:A3)', B3: '=B2-B1/4',
  C1: '=C2+1', C2: '=C1+1', C3: '=D9+1', D1: '=AVG(A1:B2)', D2: '=MAX(A1:A3)-MIN(A1:A3)', D3: 'hello',
};
const colIndex = (c) => c.charCodeAt(0) - 65;
function expandRange(from, to) {
  const cells = [];
  for (let c = colIndex(from[0]); c <= colIndex(to[0]); c++)
    for (let r = Number(from.slice(1)); r <= Number(to.slice(1)); r++) cells.push(String.fromCharCode(65 + c) + r);
  return cells;
}
const fns = {
  SUM: (xs) => xs.reduce((a, b) => a + b, 0),
  AVG: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length,
  MAX: (xs) => Math.max(...xs),
  MIN: (xs) => Math.min(...xs),
};
const cache = new Map();
const evaluating = new Set();
function valueOf(ref) {
  if (cache.has(ref)) return cache.get(ref);
  if (evaluating.has(ref)) throw new Error(`cycle at ${ref}`);
  const raw = sheet[ref];
  if (raw === undefined) throw new Error(`empty cell ${ref}`);
  evaluating.add(ref);
  try {
    let v;
    if (raw[0] !== '=') {
      v = Number(raw);
      if (Number.isNaN(v)) throw new Error(`${ref} is not numeric`);
    } else v = evalExpr(raw.slice(1));
    cache.set(ref, v);
    return v;
  } finally {
    evaluating.delete(ref);
  }
}
function evalExpr(src) {
  let i = 0;
  const peek = () => src[i];
  const isAlpha = (c) => c >= 'A' && c <= 'Z';
  const isDigit = (c) => c >= '0' && c <= '9';
  function ident() { let s = ''; while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) s += src[i++]; return s; }
  function atom() {
    if (isDigit(peek())) { let s = ''; while (i < src.length && (isDigit(src[i]) || src[i] === '.')) s += src[i++]; return Number(s); }
    const name = ident();
    if (peek() === '(') {
      i++;
      const from = ident(); i++; const to = ident(); i++;
      return fns[name](expandRange(from, to).map(valueOf));
    }
    return valueOf(name);
  }
  function term() { let v = atom(); while (peek() === '*' || peek() === '/') v = src[i++] === '*' ? v * atom() : v / atom(); return v; }
  function expr() { let v = term(); while (peek() === '+' || peek() === '-') v = src[i++] === '+' ? v + term() : v - term(); return v; }
  return expr();
}
for (const ref of Object.keys(sheet).sort()) {
  try {
    console.log(`${ref.padEnd(3)} ${sheet[ref].padEnd(14)} = ${valueOf(ref)}`);
  } catch (e) {
    console.log(`${ref.padEnd(3)} ${sheet[ref].padEnd(14)} ! ${e.message}`);
  }
}
console.log('cached cells:', [...cache.keys()].sort().join(','));
sheet.A1 = '50';
cache.clear();
console.log('after A1=50: B3 =', valueOf('B3'), 'D1 =', valueOf('D1'));
