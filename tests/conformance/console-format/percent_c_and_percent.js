// %c consumes an argument and prints nothing; %% is a percent sign
console.log('a%cb', 'color: red');
console.log('%c%s', 'x', 'y', 'z');
console.log('%c', 'css');
console.log('%c', 'css', 'after');
console.log('100%%', 1);
console.log('%%s', 1);
console.log('%%%s', 1);
console.log('%%%', 1);
console.log('%s %%', 'a');
console.log('%s %%');
console.log('%%');
