// nested templates and braces inside substitutions
const xs = ['a', 'b'];
console.log(`outer ${`inner ${xs[0]} ${`deep ${xs[1]}`}`} end`);
console.log(`${{ k: 'obj' }.k} ${(() => { return 'fn'; })()}`);
console.log(`${xs.map(x => `<${x}>`).join('')}`);
console.log(`}${'{'}{`);
