// short-circuiting skips the rest of the chain, including its side effects
let calls = 0;
const f = () => { calls++; return 'k'; };
let u;
console.log(u?.a.b.c.d, u?.[f()].x, u?.a(f()), calls);
const o = { a: null };
console.log(o.a?.b.c, o.a?.[f()], calls);
console.log(o?.a, calls);
