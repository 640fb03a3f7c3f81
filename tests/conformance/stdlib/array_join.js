// join uses ',' by default and turns null/undefined into empty strings
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '));
console.log([null, undefined, 1].join('|'), [].join(','), [[1, 2], [3]].join(';'));
console.log(['a'].join(', '), [true, false].join(), [1.5, -0].join(' '));
var a = [1, 2];
a.push([3, 4]);
console.log(a.join('+'), a.length);
