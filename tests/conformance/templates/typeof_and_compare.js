// a template is a primitive string
console.log(typeof `x`, `x` === 'x', `${1}` === '1', `${1}` + 1);
const s = `${2}`;
console.log(s * 3, JSON.stringify({ s: `q"${s}` }));
console.log([`b`, `a`].sort(), `${[`z`]}`);
