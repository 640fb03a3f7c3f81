// console.log shows the current properties, including added, changed and deleted ones
var o = { a: 1 };
o.b = 2;
o.a = 'changed';
delete o.b;
o.c = [o.a];
console.log(o);
var arr = [1, 2, 3];
arr.pop();
arr.unshift(0);
console.log(arr);
