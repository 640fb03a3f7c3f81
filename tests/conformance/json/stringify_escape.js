// JSON.stringify string escaping: quotes, backslash, control characters, non-ASCII kept
console.log(JSON.stringify('a"b\\c'));
console.log(JSON.stringify('\b\f\n\r\t\u0000\u0001\u001f\u007f'));
console.log(JSON.stringify('é😀\u2028'), JSON.stringify({ 'key "q"': 1 }));
