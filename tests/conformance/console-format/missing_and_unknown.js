// specifiers without an argument, unknown ones and a lone % stay as written
console.log('%s and %s', 'one');
console.log('%s');
console.log('%d');
console.log('%');
console.log('a%');
console.log('%s%', 1);
console.log('%s %', 1, 2);
console.log('100%');
console.log('%x %y', 1);
console.log('%5d', 3);
console.log('%-s', 3);
console.log('%S %D', 3);
console.log('%x%s', 'used');
console.log('%s:%d:%i:%f:%j', 'a');
