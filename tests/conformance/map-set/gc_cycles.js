// Many short-lived maps and sets that reference themselves and each other are collected
let total = 0;
for (let i = 0; i < 120000; i++) {
  const m = new Map();
  const s = new Set([m]);
  m.set('self', m).set('set', s).set(i, { m: m, s: s });
  s.add(s);
  total += m.size + s.size;
}
console.log(total);
const keep = new Map();
for (let i = 0; i < 1000; i++) keep.set(i, new Map([['parent', keep]]));
let ok = true;
keep.forEach((v, k) => {
  if (v.get('parent') !== keep) ok = false;
});
console.log(keep.size, ok);
