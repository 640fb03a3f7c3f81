// Converting a string that starts with a 3- or 4-byte UTF-8 character to a number once
// panicked on a byte index inside the character.
console.log(+'€', Number('日本'), '😀x' == 1, isNaN('€€'), [].at('€€'));
console.log(+'€€€', Number(' 日 '), '0x€' * 1, parseInt('€1'), parseFloat('日1'));
console.log(Number('\u00a0'), +'é', +'0b€', +'0o😀', Number('１２'));
