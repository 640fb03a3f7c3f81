// keys that are not valid identifiers are printed in single quotes
console.log({ 'a-b': 1 });
console.log({ 'a b': 1, a_b: 2, ab1: 3 });
console.log({ '': 'empty key', '1a': 2 });
console.log({ $dollar: 1, _under: 2 });
console.log({ "it's": 1 });
