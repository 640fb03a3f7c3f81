// new Number/String/Boolean print as [Type: value], with extra properties in braces
console.log(new Number(3), new String('x'), new Boolean(false), [new Number(-0)]);
const s = new String('ab');
s.extra = 1;
console.log(s);
const n = new Number(5);
n.extra = 'y';
console.log(n);
console.log({ boxed: new String("it's") });
console.log(new String(''));
