// A generator finally block can yield while return() is in progress, and a return inside finally overrides.
function* stubborn() {
  try {
    yield 1;
    yield 2;
  } finally {
    yield 'cleanup-1';
    console.log('  cleanup done');
  }
}
const s = stubborn();
console.log(s.next());
console.log(s.return('R'));
console.log(s.next());
console.log(s.next());
function* overrides() {
  try {
    yield 'x';
  } finally {
    return 'finally-wins';
  }
}
const o = overrides();
o.next();
console.log(o.return('ignored'));
