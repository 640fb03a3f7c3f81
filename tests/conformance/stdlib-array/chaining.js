// a pipeline of array methods: word statistics without loops
var text = 'the quick brown fox jumps over the lazy dog the end';
var words = text.split(' ');
var counts = words.reduce(function (acc, w) { acc[w] = (acc[w] || 0) + 1; return acc; }, {});
var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).slice(0, 3);
console.log(top.map(function (w) { return w + '=' + counts[w]; }).join(', '));
console.log(words.filter(function (w) { return w.length > 3; }).map(function (w) { return w.toUpperCase(); }).join(' '));
console.log(words.map(function (w) { return w.length; }).reduce(function (a, b) { return Math.max(a, b); }));
console.log([[1, 2], [3], []].flat().concat([4]).reverse().join(''), Array.from({ length: 5 }, function (_, i) { return i * i; }).join(','));
