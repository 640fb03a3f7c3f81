// Iterables accepted by Array.from, new Map, new Set, Promise.all, Math.max(...), and Object.fromEntries.
function* gen() {
  yield 3;
  yield 1;
  yield 2;
}
console.log(Array.from(gen()), Array.from(new Set('banana')), Array.from(new Map([[1, 2]])));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }), Array.from('abc', (c, i) => c + i));
console.log(new Set(gen()).has(1), new Map(Object.entries({ x: 1, y: 2 })).get('y'));
console.log(Math.max(...gen()), Math.min(...new Set([5, 4, 9])));
console.log(Object.fromEntries(new Map([['k', 'v'], ['n', 1]])));
Promise.all(new Set([Promise.resolve('p1'), 'plain', gen().next().value])).then((vals) => console.log('Promise.all(Set):', vals));
Promise.all('ab').then((vals) => console.log('Promise.all(string):', vals));
Promise.all(gen()).then((vals) => console.log('Promise.all(generator):', vals));
Promise.all(5).catch((e) => console.log('Promise.all(5):', e.name));
const m = new Map([[1, 'a']]);
const copy = new Map(m);
copy.set(2, 'b');
console.log(m.size, copy.size, [...copy]);
console.log([...'hi', ...[1, 2], ...new Set([3])]);
