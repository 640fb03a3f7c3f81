// relational comparison is lexicographic for two strings, numeric otherwise
console.log('10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a', 'abc' < 'abd');
console.log('a' < 'aa', '' < 'a', 'Z' > 'a', '2' > '12', 2 > '12');
console.log(true > false, [2] > 1, [10] < [9]);
console.log('a' <= 'a', 'b' >= 'a', null <= 0, undefined <= undefined);
