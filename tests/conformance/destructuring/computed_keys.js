// computed and non-identifier keys
const k = 'name';
const { [k]: who, [k + 'Length']: len = 0 } = { name: 'ada' };
console.log(who, len);
const { 'two words': tw, 0: zero, 1.5: frac } = { 'two words': 1, 0: 'z', '1.5': 'f' };
console.log(tw, zero, frac);
let i = 0;
const { [i++]: e0, [i++]: e1 } = ['a', 'b'];
console.log(e0, e1, i);
