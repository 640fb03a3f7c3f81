// clearTimeout ignores unknown ids, undefined, null and no argument
setTimeout(() => console.log('still runs'), 0);
clearTimeout(123456);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout();
clearTimeout('nope');
clearTimeout({});
console.log('no errors');
