// string methods on String objects and coerced receivers; null and undefined receivers throw
var s = new String('a-b-c');
console.log(s.split('-'), s.replaceAll('-', '+'), s.at(-1), s.padEnd(7, '.'));
console.log(String.prototype.trim.call(12345), String.prototype.includes.call(true, 'ru'));
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.split.call(undefined, ','); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('x'.concat([1, 2], { toString: function () { return '!'; } }), 'abc'.repeat(2.9), 'abc'.substring('1'));
