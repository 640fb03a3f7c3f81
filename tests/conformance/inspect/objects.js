// objects print as { key: value } with spaces; empty objects as {}
console.log({});
console.log({ a: 1, b: 'two', c: [3] });
console.log({ nested: { x: null, y: undefined } });
console.log([{}, {}]);
console.log({ e: [], o: {} });
