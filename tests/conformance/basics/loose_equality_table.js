// == coerces: null/undefined only equal each other, strings/booleans convert to numbers, objects to primitives
console.log(1 == '1', 0 == '', 0 == '0', '' == '0');
console.log(null == undefined, null == 0, undefined == 0, null == false);
console.log(true == 1, true == '1', false == '0', false == '', true == 'true');
console.log(NaN == NaN, NaN == 'NaN');
console.log([] == '', [] == 0, [1] == 1, [1, 2] == '1,2', [] == false);
var o = {};
console.log(o == o, o == {}, o == '[object Object]');
console.log('1e3' == 1000, ' 12 ' == 12, '0x10' == 16);
console.log(1 != '1', null != undefined, 0 != false);
