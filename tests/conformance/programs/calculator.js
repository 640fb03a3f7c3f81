// Tokenizer + recursive-descent calculator (no regular expressions) with variables and errors.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const isDigit = (c) => c >= '0' && c <= '9';
  const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
  while (i < src.length) {
    const c = src[i];
    if (c === ' ') { i++; continue; }
    if (isDigit(c) || c === '.') {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === '.')) j++;
      tokens.push({ type: 'num', value: parseFloat(src.slice(i, j)) });
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src[j]) || isDigit(src[j]))) j++;
      tokens.push({ type: 'id', value: src.slice(i, j) });
      i = j;
    } else if ('+-*/^()=,'.includes(c)) {
      tokens.push({ type: c });
      i++;
    } else {
      throw new SyntaxError(`unexpected character '${c}' at ${i}`);
    }
  }
  tokens.push({ type: 'eof' });
  return tokens;
}

const funcs = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs };

function evaluate(src, env) {
  const t = tokenize(src);
  let p = 0;
  const peek = () => t[p].type;
  const eat = (type) => {
    if (t[p].type !== type) throw new SyntaxError(`expected ${type} but got ${t[p].type}`);
    return t[p++];
  };
  function expr() {
    let v = term();
    while (peek() === '+' || peek() === '-') v = eat(peek()).type === '+' ? v + term() : v - term();
    return v;
  }
  function term() {
    let v = power();
    while (peek() === '*' || peek() === '/') {
      const op = eat(peek()).type;
      const r = power();
      if (op === '/' && r === 0) throw new RangeError('division by zero');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }
  function power() {
    const base = unary();
    return peek() === '^' ? (eat('^'), base ** power()) : base;
  }
  function unary() {
    if (peek() === '-') { eat('-'); return -unary(); }
    return primary();
  }
  function primary() {
    if (peek() === 'num') return eat('num').value;
    if (peek() === '(') { eat('('); const v = expr(); eat(')'); return v; }
    const name = eat('id').value;
    if (peek() === '(') {
      eat('(');
      const args = [expr()];
      while (peek() === ',') { eat(','); args.push(expr()); }
      eat(')');
      if (!(name in funcs)) throw new ReferenceError(`unknown function ${name}`);
      return funcs[name](...args);
    }
    if (!(name in env)) throw new ReferenceError(`${name} is not defined`);
    return env[name];
  }
  if (t[0].type === 'id' && t[1].type === '=') {
    const name = t[0].value;
    p = 2;
    env[name] = expr();
    eat('eof');
    return `${name} = ${env[name]}`;
  }
  const v = expr();
  eat('eof');
  return v;
}

const env = {}, lines = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', 'x = 4', 'y = x * 2.5', 'max(x, y, 3) - min(1, 2)',
  'sqrt(16) + abs(-3)', '10 / (x - 4)', 'z + 1', '3 $ 4', '(1 + 2', 'foo(1)', '7 / 2 - 0.5'];
for (const line of lines) {
  try {
    console.log(line.padEnd(26), '=>', evaluate(line, env));
  } catch (e) {
    console.log(line.padEnd(26), '!!', e.name + ': ' + e.message);
  }
}
console.log(env);
