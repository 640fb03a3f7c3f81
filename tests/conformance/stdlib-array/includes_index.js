// includes (SameValueZero), indexOf and lastIndexOf (strict equality) and at
var a = [1, NaN, 0, 'x', 1];
console.log(a.includes(NaN), a.indexOf(NaN), a.includes(-0), a.includes('1'));
console.log(a.lastIndexOf(1), a.lastIndexOf(1, 3), a.lastIndexOf(1, -2), a.lastIndexOf(7));
console.log(a.includes(1, 2), a.includes(1, -1), a.includes(1, 10));
console.log([, ,].includes(undefined), [, ,].indexOf(undefined));
console.log(a.at(0), a.at(-1), a.at(-6), a.at(5), a.at(1.7));
