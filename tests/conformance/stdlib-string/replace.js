// replace and replaceAll with string patterns, $ patterns and function replacers
console.log('abcabc'.replace('b', 'X'), 'abcabc'.replaceAll('b', 'X'));
console.log('abcabc'.replace('b', '[$&|$`|$\'|$$|$1]'));
console.log('aaa'.replaceAll('', '-'), 'aaaa'.replaceAll('aa', 'b'), 'abc'.replace('', '^'));
console.log('abc'.replace('z', 'y'));
console.log('a-b-c'.replaceAll('-', function (m, i, str) { return '(' + m + i + str.length + ')'; }));
console.log('x1y'.replace('1', function () { return 42; }));
