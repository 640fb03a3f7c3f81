// substitutions use ToString: toString/valueOf on objects, arrays, null, undefined, -0
const o = { toString() { return 'custom'; }, valueOf() { return 42; } };
console.log(`${o}`, '' + o);
console.log(`${[1, [2, 3]]} ${{}} ${null} ${undefined} ${true}`);
console.log(`${-0} ${1e21} ${0.1 + 0.2} ${NaN}`);
const v = { valueOf() { return 7; } };
console.log(`${v}`);
function f() {}
console.log(`${[]}|${[null]}|${[undefined, 1]}`);
