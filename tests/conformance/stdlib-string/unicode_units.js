// string methods count UTF-16 code units
var s = 'a\uD83D\uDE00b';
console.log(s.length, s.indexOf('b'), s.lastIndexOf('b'), s.split('').length);
console.log('é😀é'.padStart(6, '-'), 'é😀'.repeat(2), 'x😀y'.replace('😀', '!'));
console.log('😀'.startsWith('😀'), 'ab😀'.endsWith('😀'), 'ab😀'.includes('b😀'));
