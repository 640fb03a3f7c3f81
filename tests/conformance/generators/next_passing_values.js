// Passing values into a generator with next(v): the first next's argument is ignored.
function* accumulator() {
  let total = 0;
  let count = 0;
  while (true) {
    const input = yield { total, count };
    console.log('  received', input);
    if (input === undefined) continue;
    if (input === 'stop') return { final: total, count };
    total += input;
    count++;
  }
}
const acc = accumulator();
console.log(acc.next('ignored'));
console.log(acc.next(5));
console.log(acc.next(10));
console.log(acc.next());
console.log(acc.next(-3));
console.log(acc.next('stop'));
console.log(acc.next(100));
function* dialog() {
  const name = yield 'What is your name?';
  const age = yield `Hello ${name}, how old are you?`;
  return `${name} will be ${age + 1} next year`;
}
const d = dialog();
console.log(d.next().value);
console.log(d.next('Ada').value);
console.log(d.next(36));
