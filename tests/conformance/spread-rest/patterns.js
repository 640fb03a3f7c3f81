// common idioms: merging, cloning, pushing many, forwarding arguments
const defaults = { color: 'red', size: 'm' };
const merged = (opts) => ({ ...defaults, ...opts });
console.log(merged({ size: 'l' }), merged());
const target = [1];
target.push(...[2, 3], ...'45');
console.log(target);
function wrap(fn) { return (...args) => 'wrapped:' + fn(...args); }
console.log(wrap((a, b) => a * b)(6, 7));
const uniqueSorted = (...lists) => [...lists.flat()].sort().filter((x, i, a) => a.indexOf(x) === i);
console.log(uniqueSorted(['b', 'a'], ['c', 'a']));
