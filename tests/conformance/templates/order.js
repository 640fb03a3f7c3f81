// substitutions are evaluated left to right, each once
let i = 0;
const next = () => ++i;
console.log(`${next()}-${next()}-${next()}`, i);
const log = [];
const t = (x) => { log.push(x); return x; };
`${t('a')}${t('b')}`;
console.log(log.join(','));
