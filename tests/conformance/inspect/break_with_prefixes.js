// the constructor name and Map/Set prefixes count towards the width
function LongConstructorName(v) { this.value = v; this.n = 1; }
for (let n = 40; n <= 60; n += 2) console.log(new LongConstructorName('v'.repeat(n)));
for (let n = 40; n <= 66; n += 2) console.log(new Map([['k', 'm'.repeat(n)], ['j', 1]]));
for (let n = 50; n <= 70; n += 2) console.log(new Set(['s'.repeat(n), 2]));
for (let n = 30; n <= 56; n += 2) console.log({ wrap: { inner: new LongConstructorName('w'.repeat(n)) } });
for (let n = 50; n <= 66; n += 2) console.log(Object.assign(function g() {}, { p: 'f'.repeat(n) }));
for (let n = 50; n <= 66; n += 2) { const e = new Error('x'); e.stack = 'ERR'; e.code = 'c'.repeat(n); console.log(e); }
