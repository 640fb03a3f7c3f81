// keys that are not identifiers are quoted; integer keys come first, quoted
console.log({ 'a-b': 1, 'c d': 2, $e: 3, _f: 4, '1x': 5, 12: 6, '': 7, é: 8 });
console.log({ 2: 'b', 1: 'a', z: 'z', '-1': 'neg', 1.5: 'dec' });
console.log({ "it's": 1, 'new\nline': 2, A9: 3, _: 4 });
console.log({ nested: { 'x-y': { 'p.q': 1 } } });
