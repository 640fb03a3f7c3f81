// Each bind once copied its target's whole name into a longer one ("bound bound … f"): a
// chain of N binds took O(N²) memory, and 100,000 binds exhausted it. A bound function now
// shares its target's base name, and calling a chain unwraps it in a loop.
function f(a, b) {
  return `f(${a}, ${b})`;
}
let g = f;
for (let i = 0; i < 100000; i++) g = g.bind(null);
console.log(g.name.length, g.name.slice(0, 14), g.name.slice(-9), g.length, g(1, 2));
// Bound arguments accumulate innermost first; `this` is the innermost bind's.
let h = function (...args) {
  return [this.tag, args.length, args[0], args[1], args[args.length - 1]];
};
h = h.bind({ tag: 'inner' }, 'first');
for (let i = 0; i < 2000; i++) h = h.bind({ tag: 'outer' }, i);
console.log(h.name.length, h.length, h('last'));
// A renamed link restarts the prefixes; a getter for the name is read once per bind.
const renamed = f.bind().bind();
Object.defineProperty(renamed, 'name', { value: 'custom' });
console.log(renamed.bind().bind().name, renamed.name, Math.max.bind().bind(null, 7)(3));
const withGetter = f.bind();
Object.defineProperty(withGetter, 'name', { get() { console.log('name read'); return 'got'; } });
console.log(withGetter.bind().bind().name);
