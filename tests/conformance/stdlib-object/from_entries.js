// Object.fromEntries from arrays of pairs (keys converted to strings, later entries win)
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', [2]], [3, 'c'], ['a', 4]])));
console.log(JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(function (e) { return [e[0], e[1] * 10]; }))));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
