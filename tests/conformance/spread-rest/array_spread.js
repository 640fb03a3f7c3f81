// spread in array literals copies elements; holes become undefined
const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b, b.length);
const copy = [...a];
copy.push(9);
console.log(a, copy, [...[, 1]], [...[], ...[]]);
console.log([...'abc'], [...''], [...'😀x'].length);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push('shared');
console.log(nested);
