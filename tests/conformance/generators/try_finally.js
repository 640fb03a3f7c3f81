// try/finally inside generators: finally runs on break, on return(), and when destructuring stops early.
function* resource(name) {
  console.log(`  open ${name}`);
  try {
    for (let i = 1; ; i++) yield `${name}-${i}`;
  } finally {
    console.log(`  close ${name}`);
  }
}
for (const v of resource('A')) {
  console.log(v);
  if (v === 'A-2') break;
}
const r = resource('B');
console.log(r.next().value);
console.log(r.return('stopped'));
console.log(r.next());
const [first] = resource('C');
console.log('destructured', first);
