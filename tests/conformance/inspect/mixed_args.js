// multiple arguments of mixed types are each formatted and joined by single spaces
console.log('count:', 3, [1, 2], { k: 'v' }, null);
console.log(1, '1', [1], ['1']);
console.log('a', '', 'b');
console.log([undefined], [null], { u: undefined });
