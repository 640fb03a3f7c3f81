// optional chains on primitives and falsy values that are not nullish
console.log(0?.toFixed(2), ''?.length, false?.toString(), NaN?.x);
console.log('abc'?.toUpperCase?.(), 'abc'?.[1], (5)?.constructor.name);
const zero = 0;
console.log(zero?.valueOf() ?? 'none', null?.valueOf() ?? 'none');
