// typeof returns the right tag for every kind of value, including undeclared names and null
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof 'a');
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof NaN, typeof Infinity, typeof -0);
console.log(typeof notDeclaredAnywhere);
console.log(typeof Promise.resolve(1), typeof Promise, typeof Math, typeof Math.floor);
console.log(typeof typeof 1, typeof String(1), typeof Number('1'));
console.log(typeof console.log, typeof setTimeout, typeof new Error('x'));
function F() {}
console.log(typeof new F(), typeof F.prototype);
