// Matrix class: construction, multiply, transpose, determinant, identity, and pretty printing.
class Matrix {
  constructor(rows) {
    this.rows = rows.map((r) => [...r]);
    this.n = rows.length;
    this.m = rows[0]?.length ?? 0;
  }
  static identity(n) {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  static from(n, m, fn) {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => fn(i, j))));
  }
  get(i, j) { return this.rows[i][j]; }
  transpose() { return Matrix.from(this.m, this.n, (i, j) => this.rows[j][i]); }
  add(o) {
    if (o.n !== this.n || o.m !== this.m) throw new RangeError(`cannot add ${this.shape} and ${o.shape}`);
    return Matrix.from(this.n, this.m, (i, j) => this.rows[i][j] + o.rows[i][j]);
  }
  mul(o) {
    if (typeof o === 'number') return Matrix.from(this.n, this.m, (i, j) => this.rows[i][j] * o);
    if (this.m !== o.n) throw new RangeError(`cannot multiply ${this.shape} by ${o.shape}`);
    return Matrix.from(this.n, o.m, (i, j) => {
      let s = 0;
      for (let k = 0; k < this.m; k++) s += this.rows[i][k] * o.rows[k][j];
      return s;
    });
  }
  det() {
    if (this.n !== this.m) throw new RangeError('determinant of non-square matrix');
    if (this.n === 1) return this.rows[0][0];
    if (this.n === 2) return this.rows[0][0] * this.rows[1][1] - this.rows[0][1] * this.rows[1][0];
    let total = 0;
    for (let j = 0; j < this.m; j++) {
      const minor = new Matrix(this.rows.slice(1).map((r) => r.filter((_, k) => k !== j)));
      total += (j % 2 === 0 ? 1 : -1) * this.rows[0][j] * minor.det();
    }
    return total;
  }
  pow(e) {
    let result = Matrix.identity(this.n), base = this;
    while (e > 0) {
      if (e & 1) result = result.mul(base);
      base = base.mul(base);
      e >>= 1;
    }
    return result;
  }
  get shape() { return `${this.n}x${this.m}`; }
  toString() {
    const w = Math.max(...this.rows.flat().map((v) => String(v).length));
    return this.rows.map((r) => '| ' + r.map((v) => String(v).padStart(w)).join(' ') + ' |').join('\n');
  }
}

const a = new Matrix([[1, 2, 3], [4, 5, 6]]);
const b = new Matrix([[7, 8], [9, 10], [11, 12]]);
console.log(`a (${a.shape}):\n${a}`);
console.log(`a^T:\n${a.transpose()}`);
console.log(`a*b:\n${a.mul(b)}`);
console.log(`b*a:\n${b.mul(a)}`);
console.log(`a*2 + a:\n${a.mul(2).add(a)}`);
const sq = new Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
console.log('det:', sq.det(), 'det(I4):', Matrix.identity(4).det());
const fib = new Matrix([[1, 1], [1, 0]]);
for (const n of [1, 5, 10, 30]) console.log(`fib(${n}) =`, fib.pow(n).get(0, 1));
for (const fn of [() => a.add(b), () => a.mul(a), () => a.det()]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(Matrix.identity(3).rows, new Matrix([]).shape);
