// template literals: plain text, substitutions, expressions
const name = 'world';
console.log(`hello ${name}!`);
console.log(`${1 + 2} = ${'3'}`);
console.log(`${name}${name}`, `${''}`, ``);
const n = 5;
console.log(`${n} squared is ${n * n}, ${n > 3 ? 'big' : 'small'}`);
