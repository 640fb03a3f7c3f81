// Boolean(x): only false, 0, -0, NaN, '', null, undefined are falsy
console.log(Boolean(0), Boolean(-0), Boolean(NaN), Boolean(''), Boolean(null), Boolean(undefined));
console.log(Boolean('0'), Boolean(' '), Boolean('false'), Boolean([]), Boolean({}), Boolean(-1));
console.log(Boolean(), Boolean(function () {}), Boolean(Infinity));
if ([]) console.log('empty array is truthy');
if (!'') console.log('empty string is falsy');
