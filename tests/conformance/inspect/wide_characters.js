// grouped columns are measured in terminal cells: wide characters take two, combining
// marks and zero-width spaces none
console.log(['日本語', '中文字', 'abc', 'def', 'ghi', 'jkl', 'mno']);
console.log(Array.from({ length: 12 }, (_, i) => 'é' + 'x'.repeat(i)));
console.log(Array.from({ length: 9 }, (_, i) => '한국어'.slice(0, (i % 3) + 1)));
console.log(Array.from({ length: 9 }, (_, i) => 'ｆｕｌｌ'.slice(0, (i % 4) + 1)));
console.log(Array.from({ length: 8 }, (_, i) => 'cafe\u0301' + i));
console.log(Array.from({ length: 8 }, (_, i) => 'zw\u200b' + i));
console.log({ k: Array.from({ length: 20 }, (_, i) => '日'.repeat(i % 4)) });
