class A {
  set v(x) { console.log('A setter', x, this.constructor.name); this._v = x; }
  get v() { return 'A getter ' + this._v; }
  get ro() { return 1; }
}
class B extends A {
  set v(x) { console.log('B setter', x); }
  get v() { return 'B getter'; }
  set w(x) { console.log('B w setter', x); }
  m() {
    super.v = 5;
    console.log(super.v, this.v);
    super.w = 7;
    console.log(Object.keys(this), this.w);
    super.count = 1;
    super.count += 2;
    super.count++;
    console.log(this.count, super.count);
    try { super.ro = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
  }
  static s() { super.staticProp = 'x'; return this.staticProp; }
}
new B().m();
console.log(B.s(), Object.keys(B));
