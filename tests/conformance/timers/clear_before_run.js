// clearTimeout before a timer fires prevents it from running
var t = setTimeout(() => console.log('should not run'), 0);
setTimeout(() => console.log('kept'), 0);
clearTimeout(t);
var t2 = setTimeout(() => console.log('also cancelled'), 20);
clearTimeout(t2);
clearTimeout(t2);
console.log('sync end');
