// for...of calls iterator.return() on break, return, and throw, but not on normal completion.
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
for (const v of makeIterable('complete', 2)) console.log('value', v);
for (const v of makeIterable('break', 5)) {
  if (v === 2) break;
}
function f() {
  for (const v of makeIterable('return', 5)) if (v === 1) return 'returned ' + v;
}
console.log(f());
try {
  for (const v of makeIterable('throw', 5)) if (v === 3) throw new Error('stop at 3');
} catch (e) {
  console.log('caught', e.message);
}
