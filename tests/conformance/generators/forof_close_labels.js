// Iterator closing via labelled continue of an outer loop, array destructuring, and generator finally on break.
function makeIterable(label, n) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          console.log(`  ${label}.next -> ${++i}`);
          return { value: i, done: i > n };
        },
        return(v) {
          console.log(`  ${label}.return called`);
          return { done: true, value: v };
        },
      };
    },
  };
}
outer: for (const a of makeIterable('outer', 2)) {
  for (const b of makeIterable('inner', 3)) {
    if (b === 2) continue outer;
  }
}
const [p] = makeIterable('destructure', 5);
console.log('destructured', p);
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('  generator finally');
  }
}
for (const v of gen()) {
  console.log('gen value', v);
  break;
}
