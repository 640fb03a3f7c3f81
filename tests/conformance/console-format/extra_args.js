// arguments left over are appended with spaces: strings as they are, the rest inspected
console.log('%s %s', 'a', 'b', 'c', 4, { x: 1 });
console.log('%d', 1, '2', [3], 'four');
console.log('no specifiers', 'str', -0, ['s'], null);
console.log('x', '%s', 'y');
console.log(1, '%s', 'y');
console.log({}, '%s', 1);
console.log('', 1);
console.log('%s', 'a', { nested: { deep: { deeper: 1 } } });
console.log('%j', [1], 'tail\nline');
