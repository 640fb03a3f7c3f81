// Newer Array methods available in node 20: at, flat, flatMap, findLast, findLastIndex, toSorted, toReversed, with.
const nums = [5, 1, 4, 2, 3];
console.log(nums.at(0), nums.at(-1), nums.at(10));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity));
console.log(['a b', 'c'].flatMap((s) => s.split(' ')), [1, 2].flatMap((x) => [x, [x * 10]]));
console.log(nums.findLast((x) => x > 3), nums.findLastIndex((x) => x > 3), nums.findLast((x) => x > 9));
const sorted = nums.toSorted();
const reversed = nums.toReversed();
const replaced = nums.with(1, 100);
console.log(sorted, reversed, replaced, 'original:', nums);
console.log(nums.toSorted((a, b) => b - a), [, 1].toSorted(), nums.with(-1, 'last'));
try {
  nums.with(10, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(nums.includes(4), [NaN].includes(NaN), [NaN].indexOf(NaN), nums.join(''), Array.prototype.concat.call([1], [2], 3));
console.log([3, 20, 100].sort(), [3, 20, 100].sort((a, b) => a - b), ['b', 'a', 'C'].sort());
console.log(nums.toSpliced ? nums.toSpliced(1, 2, 'x') : 'no toSpliced');
