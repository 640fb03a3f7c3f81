// cooked escapes in templates
console.log(`tab\there`, `nl\\n`, `\u{1F600}`.length, `\x41\u0042`);
console.log(`\``, `\${not}`, `$`, `$${1}`, `a$b`);
console.log(`line one
line two`);
console.log(`cont\
inued`);
