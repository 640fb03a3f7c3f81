// %o shows an error's hidden stack and message too (stacks replaced: real ones hold paths)
const e = new Error('x'); e.stack = 'E'; console.log('%o', e);
const t = new TypeError('m', {cause: 1}); t.stack = 'T'; console.log('%o', [t]);
const e2 = new Error("x"); e2.stack = "Error: x"; console.log("%o", e2);
const f = new Error('x'); f.stack = 'Error: x'; f.name = 'Error'; console.log('%o', f);
const g = new Error('x'); g.stack = 'Error: x'; g.name = 'Error'; console.log(g);
const h = new Error('x'); h.stack = 'Error: x'; Object.defineProperty(h, 'message', {enumerable: true}); console.log(h);
