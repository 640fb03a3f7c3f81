// f?.() and a?.m() call only when present; this is kept for methods
const o = {
  name: 'obj',
  hi() { return 'hi from ' + this.name; },
  nested: { name: 'inner', hi() { return this.name; } },
};
console.log(o.hi?.(), o?.hi(), o.nested?.hi(), o.bye?.(), o.bye?.().x.y);
let fn = null;
console.log(fn?.(1, 2), (() => 7)?.());
fn = (a, b) => a + b;
console.log(fn?.(1, 2));
console.log((o?.hi)(), (o.nested?.hi)());
