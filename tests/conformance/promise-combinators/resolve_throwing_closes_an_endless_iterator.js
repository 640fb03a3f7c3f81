// Promise.all & co. step the iterable one value at a time: when Promise.resolve throws,
// they close the iterator and reject, even when the iterable never ends.
function endless(label) {
  let steps = 0;
  return {
    [Symbol.iterator]() {
      return {
        next() {
          steps++;
          return { value: steps, done: false };
        },
        return() {
          console.log(label, 'closed after', steps, 'steps');
          return {};
        },
      };
    },
  };
}

class Failing extends Promise {
  static resolve(v) {
    if (v === 3) throw new Error('no resolve for ' + v);
    return super.resolve(v);
  }
}

for (const name of ['all', 'allSettled', 'any', 'race']) {
  Failing[name](endless(name)).then(
    (v) => console.log(name, 'fulfilled', v),
    (e) => console.log(name, 'rejected:', e.message),
  );
}

// A throw from the iterator's own next() does not close it.
const broken = {
  [Symbol.iterator]() {
    return {
      next() { throw new Error('next broke'); },
      return() { console.log('never closed'); return {}; },
    };
  },
};
Promise.all(broken).catch((e) => console.log('all rejected:', e.message));
