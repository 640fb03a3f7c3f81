// new Error('m').message is 'm'; message and name are assignable
var e = new Error('m');
console.log(e.message);
e.message = 'changed';
console.log(e.message);
var t = new TypeError('type problem');
console.log(t.name + ' -> ' + t.message);
