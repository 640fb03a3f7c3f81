// JSON.parse of every value kind, whitespace, escapes and numbers
console.log(JSON.parse(' {"a": [1, -2.5e3, true, false, null], "b": "x\\ny\\u00e9\\"\\\\\\/"} ').b);
console.log(JSON.stringify(JSON.parse('{"a": [1, -2.5e3, 0.5, 1E2, -0]}')));
console.log(JSON.parse('"str"'), JSON.parse('42'), JSON.parse('null'), JSON.parse('\t\r\n true '));
console.log(JSON.stringify(JSON.parse('{"a":1,"a":2,"1":0}')), JSON.parse('[]').length);
