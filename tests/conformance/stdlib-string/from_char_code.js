// String.fromCharCode: code units, surrogate pairs, ToUint16 wrapping
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(0xD83D, 0xDE00));
console.log(String.fromCharCode(65 + 65536), String.fromCharCode('66'), String.fromCharCode.length);
