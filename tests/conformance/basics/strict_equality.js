// === never coerces; NaN !== NaN; +0 === -0; objects compare by identity
console.log(1 === 1, 1 === '1', null === undefined, undefined === undefined);
console.log(NaN === NaN, 0 === -0, 'ab' === 'a' + 'b');
var a = [1];
var b = [1];
console.log(a === a, a === b, a !== b, {} === {});
console.log(true === 1, 1 !== '1');
